package org.algos.web.api;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The body schema of every write operation, taken from the record its {@code String body}
 * parameter names in {@code @RequestBody} (the platform's generator documents such a parameter as
 * a bare string): each record component becomes a property of its JSON type, nested records and
 * lists of them included, and unknown properties are declared refused.
 */
final class RequestBodies {

    private static final Logger LOG = Logger.getLogger(RequestBodies.class.getName());

    private RequestBodies() {
    }

    static void describe(Paths paths) {
        try {
            for (Bean<?> bean : CDI.current().getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path root = bean.getBeanClass().getAnnotation(Path.class);
                if (root != null) {
                    describe(paths, bean.getBeanClass(), root.value());
                }
            }
        } catch (RuntimeException e) {
            // The document stays useful without the body schemas; say why they are missing.
            LOG.log(Level.WARNING, "OpenAPI request bodies not described", e);
        }
    }

    private static void describe(Paths paths, Class<?> resource, String root) {
        for (Method method : resource.getDeclaredMethods()) {
            Class<?> body = bodyRecord(method);
            if (body == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String path = OpenApiProblems.plainTemplate(("/api/" + root + (sub == null ? "" : "/" + sub.value()))
                    .replaceAll("/+", "/").replaceAll("/$", ""));
            PathItem item = paths.getPathItem(path);
            Operation operation = item == null ? null
                    : method.isAnnotationPresent(POST.class) ? item.getPOST()
                    : method.isAnnotationPresent(PUT.class) ? item.getPUT() : null;
            if (operation != null) {
                operation.setRequestBody(OASFactory.createRequestBody().required(true).content(
                        OASFactory.createContent().addMediaType("application/json",
                                OASFactory.createMediaType().schema(schemaOf(body)))));
            }
        }
    }

    private static Class<?> bodyRecord(Method method) {
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            RequestBody annotation = parameter.getAnnotation(RequestBody.class);
            if (annotation != null && annotation.content().length > 0) {
                Class<?> type = annotation.content()[0].schema().implementation();
                return type.isRecord() ? type : null;
            }
        }
        return null;
    }

    static Schema schemaOf(Class<?> record) {
        Schema object = OASFactory.createSchema().type(Schema.SchemaType.OBJECT).additionalPropertiesBoolean(false)
                .title(record.getSimpleName());
        for (RecordComponent component : record.getRecordComponents()) {
            object.addProperty(component.getName(), schemaOf(component.getGenericType()));
        }
        return object;
    }

    private static Schema schemaOf(Type type) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(schemaOf(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(schemaOf(arguments[1]));
            }
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            return schemaOf(c);
        }
        Schema schema = OASFactory.createSchema();
        switch (c.getSimpleName().toLowerCase(Locale.ROOT)) {
            case "integer", "int" -> schema.type(Schema.SchemaType.INTEGER).format("int32");
            case "double" -> schema.type(Schema.SchemaType.NUMBER).format("double");
            case "boolean" -> schema.type(Schema.SchemaType.BOOLEAN);
            default -> schema.type(Schema.SchemaType.STRING);
        }
        return schema;
    }
}
