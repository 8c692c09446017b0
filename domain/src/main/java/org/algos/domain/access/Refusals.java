package org.algos.domain.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.user.Caller;

/**
 * Records the refusals the container makes before any service runs: a method whose
 * {@code @RolesAllowed} excludes the caller's role, a page whose security constraint does. Each is
 * written in a transaction of its own, since the request's (if any) is rolled back.
 */
@ApplicationScoped
public class Refusals {

    private static final Pattern PATIENT = Pattern.compile("/patients/(\\d{1,18})(/|$)");

    @Inject
    private CallerContext callers;

    @Inject
    private AuditTrail audit;

    /**
     * @param method the HTTP method of the refused request
     * @param path   what was asked for, e.g. "/api/audit" or "/app/audit.xhtml"
     */
    public void refusedByRole(String method, String path) {
        String username;
        String role;
        try {
            Caller caller = callers.current();
            username = caller.username();
            role = caller.role().code();
        } catch (AccessDeniedException notSignedIn) {
            username = "anonymous";
            role = null;
        }
        audit.recordAlone(username, role, AuditRecord.denied(actionOf(method), patientIn(path), method + " " + path,
                role == null ? "not signed in" : "the role " + role + " may not do this"));
    }

    static AuditAction actionOf(String method) {
        return switch (method == null ? "GET" : method.toUpperCase(Locale.ROOT)) {
            case "POST" -> AuditAction.CREATE;
            case "PUT", "PATCH" -> AuditAction.UPDATE;
            case "DELETE" -> AuditAction.DELETE;
            default -> AuditAction.READ;
        };
    }

    /** The patient a path names, as the API's paths do ("/api/patients/42/..."), or null. */
    static Long patientIn(String path) {
        Matcher m = path == null ? null : PATIENT.matcher(path);
        return m != null && m.find() ? Long.valueOf(m.group(1)) : null;
    }
}
