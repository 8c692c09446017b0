package org.algos.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.algos.web.kit.api.Problem;
import org.algos.web.kit.fhir.Fhir;

/**
 * Tells API requests (the REST API and the FHIR server: stateless, errors in the body) from portal
 * requests (session, redirects), and writes a sign-in's refusal the way each API speaks.
 */
public final class ApiPaths {

    public static final String API_ROOT = "/api";
    public static final String FHIR_ROOT = "/fhir";

    private ApiPaths() {
    }

    public static boolean isApi(HttpServletRequest request) {
        return under(request, API_ROOT) || isFhir(request);
    }

    public static boolean isFhir(HttpServletRequest request) {
        return under(request, FHIR_ROOT);
    }

    private static boolean under(HttpServletRequest request, String root) {
        String path = request.getServletPath();
        return path != null && (path.equals(root) || path.startsWith(root + "/"));
    }

    /** A refusal before any resource ran: problem+json on the REST API, an OperationOutcome on FHIR. */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title,
                              String detail) {
        try {
            response.setStatus(status);
            response.setCharacterEncoding("UTF-8");
            if (isFhir(request)) {
                response.setContentType("application/fhir+json");
                response.getWriter().write(Json.createObjectBuilder().add("resourceType", "OperationOutcome")
                        .add("issue", Json.createArrayBuilder().add(Json.createObjectBuilder().add("severity", "error")
                                .add("code", Fhir.issueType(status).toCode()).add("diagnostics", detail))).build().toString());
            } else {
                response.setContentType(Problem.MEDIA_TYPE);
                response.getWriter().write(Problem.of(status, title, detail).toJson());
            }
        } catch (IOException e) {
            // The client went away; nothing left to tell it.
        }
    }
}
