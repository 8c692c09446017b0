package org.algos.diagnosis.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.assessment.SafetyAlert;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Safety alerts raised by answers, shown until a clinician acknowledges them. */
@Path("patients/{patientId: [0-9]+}/alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SafetyAlertResource {

    /** A safety alert awaiting acknowledgement. */
    public record AlertView(long id, long assessmentId, String message, LocalDateTime raisedAt, String acknowledgedBy,
                            LocalDateTime acknowledgedAt) {

        static AlertView of(SafetyAlert s) {
            return new AlertView(s.id(), s.assessmentId(), s.message(), s.raisedAt(), s.acknowledgedBy(),
                    s.acknowledgedAt());
        }
    }

    @Inject
    private Assessments assessments;

    @GET
    @Operation(summary = "Safety alerts not yet acknowledged")
    public List<AlertView> alerts(@PathParam("patientId") long patientId) {
        return assessments.openAlerts(patientId).stream().map(AlertView::of).toList();
    }

    @POST
    @Path("{alertId: [0-9]+}/acknowledge")
    @Operation(summary = "Acknowledge a safety alert (audited)")
    public AlertView acknowledge(@PathParam("patientId") long patientId, @PathParam("alertId") long alertId) {
        return AlertView.of(assessments.acknowledge(patientId, alertId));
    }
}
