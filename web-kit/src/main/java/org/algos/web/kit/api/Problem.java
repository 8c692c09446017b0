package org.algos.web.kit.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.RuleFinding;

/** An RFC 9457 problem: what every API error looks like, never a stack trace. */
public record Problem(int status, String title, String detail, List<FieldError> errors, List<RuleFinding> reasons) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail, List.of(), List.of());
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(400, "Bad Request", detail, errors, List.of());
    }

    /** 422: a clinical rule refused; each reason names its rule and source. */
    public static Problem refused(String detail, List<RuleFinding> reasons) {
        return new Problem(422, "Unprocessable Content", detail, List.of(), reasons);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("status", status)
                .add("title", title)
                .add("detail", detail == null ? title : detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            json.add("errors", list);
        }
        if (!reasons.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            reasons.forEach(r -> list.add(Json.createObjectBuilder().add("rule", r.rule()).add("message", r.message())
                    .add("source", r.source())));
            json.add("reasons", list);
        }
        return json.build().toString();
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
    }
}
