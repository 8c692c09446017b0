package org.algos.web.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document for a client generator: the RFC 9457 {@code Problem} schema
 * that every error answer has, and on every operation the problem answers it can give (400 for
 * input, 401 without credentials, 403 refused, 404, 409 for a conflict or a stale version, 413,
 * 415, 422 when a clinical rule refuses, 428 without If-Match, 429 while sign-in is locked).
 */
public class OpenApiProblems implements OASFilter {

    static final String PROBLEM = "Problem";

    private static final Map<String, String> ANSWERS = Map.ofEntries(
            Map.entry("400", "Invalid input: errors names every wrong or unknown field and why"),
            Map.entry("401", "No or wrong credentials"),
            Map.entry("403", "Refused: the role may not do this, or the caller may not open this record"
                    + " (an unknown record answers the same)"),
            Map.entry("404", "No such resource within a record the caller may open"),
            Map.entry("409", "Conflict: changed by someone else since read, or a rule of uniqueness"),
            Map.entry("413", "The body is larger than 1 MiB"),
            Map.entry("415", "The body is not application/json"),
            Map.entry("422", "A clinical rule refused: reasons names each rule and its source"),
            Map.entry("428", "If-Match with the version read is required"),
            Map.entry("429", "Too many failed sign-ins: wait as Retry-After says"),
            Map.entry("500", "Unexpected failure: an incident number, nothing changed"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // JAX-RS templates carry their patterns ({patientId: [0-9]+}); OpenAPI paths name the parameter only.
        Paths paths = openAPI.getPaths();
        if (paths != null && paths.getPathItems() != null) {
            Paths plain = OASFactory.createPaths();
            paths.getPathItems().forEach((path, item) -> plain.addPathItem(plainTemplate(path), item));
            openAPI.setPaths(plain);
            RequestBodies.describe(plain);
        }
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        components.addSchema(PROBLEM, problemSchema());
        openAPI.setComponents(components);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        Content problem = OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
        ANSWERS.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                        .content(problem));
            }
        });
        operation.setResponses(responses);
        return operation;
    }

    static String plainTemplate(String path) {
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        Schema reason = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("rule", text).addProperty("message", text).addProperty("source", text);
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem; never a stack trace")
                .required(List.of("type", "status", "title", "detail"))
                .addProperty("type", text)
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("title", text)
                .addProperty("detail", text)
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError))
                .addProperty("reasons", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(reason));
    }
}
