package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is complete enough to generate a client from: every JAX-RS method of every
 * module is an operation, each write says what body it takes, and each operation names the
 * problem answers it can give.
 */
class OpenApiIT {

    private static final List<Class<? extends java.lang.annotation.Annotation>> VERBS = List.of(jakarta.ws.rs.GET.class,
            jakarta.ws.rs.POST.class, jakarta.ws.rs.PUT.class, jakarta.ws.rs.DELETE.class);

    /** "GET /api/patients/{patientId}/medications" for every resource method on the class path. */
    static Set<String> jaxRsOperations() {
        Set<String> operations = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")).importPackages("org.algos")) {
            if (!type.isAnnotatedWith(Path.class) || !type.getName().contains(".api.")) {
                continue;
            }
            Class<?> resource = type.reflect();
            String base = "/api/" + template(resource.getAnnotation(Path.class).value());
            for (Method method : resource.getDeclaredMethods()) {
                for (Class<? extends java.lang.annotation.Annotation> verb : VERBS) {
                    if (method.isAnnotationPresent(verb)) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = sub == null ? base : base + "/" + template(sub.value());
                        operations.add(verb.getSimpleName() + " " + path.replaceAll("/+", "/").replaceAll("/$", ""));
                    }
                }
            }
        }
        return operations;
    }

    /** A JAX-RS template as OpenAPI writes it: {@code {id: [0-9]+}} becomes {@code {id}}. */
    private static String template(String path) {
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("^/|/$", "");
    }

    static JsonObject openApi(ApiClient client) {
        ApiClient.Reply document = client.get("openapi");
        assertEquals(200, document.status(), document::toString);
        return document.json();
    }

    @Test
    void everyJaxRsMethodIsAnOperationWithItsBodyAndItsProblemAnswers() {
        JsonObject document = openApi(ApiClient.anonymous(Clinic.builtIn().base()));
        Set<String> documented = new TreeSet<>();
        Set<String> writesWithoutBody = new TreeSet<>();
        Set<String> withoutProblems = new TreeSet<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                String verb = op.getKey().toUpperCase(Locale.ROOT);
                if (!VERBS.stream().map(Class::getSimpleName).toList().contains(verb)) {
                    continue;
                }
                String name = verb + " " + path.getKey();
                documented.add(name);
                JsonObject operation = op.getValue().asJsonObject();
                if (!operation.getJsonObject("responses").containsKey("400")) {
                    withoutProblems.add(name);
                }
                if ((verb.equals("POST") || verb.equals("PUT")) && operation.containsKey("requestBody")
                        && !operation.getJsonObject("requestBody").toString().contains("properties")
                        && !operation.getJsonObject("requestBody").toString().contains("$ref")) {
                    writesWithoutBody.add(name);
                }
            }
        }
        Set<String> missing = new TreeSet<>(jaxRsOperations());
        missing.removeAll(documented);
        assertEquals(Set.of(), missing, "JAX-RS methods missing from /openapi");
        assertTrue(documented.size() >= 75, "operations documented: " + documented.size());
        assertEquals(Set.of(), writesWithoutBody, "writes whose body has no schema");
        assertEquals(Set.of(), withoutProblems, "operations without their problem answers");
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
    }
}
