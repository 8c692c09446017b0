package org.algos.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.audit.AuditReview;
import org.algos.domain.audit.AuditVerification;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.Page;
import org.algos.web.kit.api.PageView;
import org.algos.web.kit.api.QueryInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit trail, for auditors. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** One audit event as the API returns it (UTC times). */
    public record AuditEventView(long id, LocalDateTime occurredAt, String username, String role, String action,
                                 Long patientId, String resource, String outcome, String purpose, String detail,
                                 boolean flagged, String hash) {

        static AuditEventView of(AuditEvent e) {
            return new AuditEventView(e.id(), e.occurredAt(), e.username(), e.userRole(), e.action().name(),
                    e.patientId(), e.resource(), e.outcome().name(), e.purpose(), e.detail(), e.flagged(), e.hash());
        }
    }

    @Inject
    private AuditReview review;

    @GET
    @Operation(summary = "Audit events, newest first; filter by patient or to flagged events")
    public PageView<AuditEventView> events(@QueryParam("patientId") String patientId,
                                           @QueryParam("flagged") String flagged,
                                           @QueryParam("page") String page, @QueryParam("size") String size) {
        FieldErrors errors = new FieldErrors();
        Long patient = QueryInput.optionalLong("patientId", patientId, errors);
        int pageNumber = QueryInput.integer("page", page, 0, errors);
        int pageSize = QueryInput.integer("size", size, 50, errors);
        Page.checkRequest(pageNumber, pageSize, errors);
        errors.throwIfAny();
        return PageView.of(review.events(patient, "true".equalsIgnoreCase(flagged), pageNumber, pageSize)
                .map(AuditEventView::of));
    }

    @GET
    @Path("verify")
    @Operation(summary = "Walk the hash chain and say whether it is intact")
    public AuditVerification verify() {
        return review.verify();
    }
}
