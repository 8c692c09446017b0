package org.algos.intervention.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.algos.intervention.eligibility.EligibilityResult;
import org.algos.intervention.eligibility.Finding;
import org.algos.intervention.holds.Hold;
import org.algos.intervention.procedure.Procedures;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Whether a procedure may be booked for a patient on a date, rule by rule with sources. */
@Path("patients/{patientId: [0-9]+}/eligibility")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    /**
     * The answer: {@code reasons} are the rules that refuse, {@code met} those satisfied,
     * {@code warnings} documentation to complete, {@code holds} medication holds by the procedure's
     * bleeding risk (instructions with a last-dose date, never a refusal).
     */
    public record EligibilityView(boolean eligible, List<Finding> reasons, List<Finding> warnings, List<Finding> met,
                                  List<Hold> holds) {

        static EligibilityView of(Procedures.EligibilityAnswer answer) {
            EligibilityResult r = answer.result();
            return new EligibilityView(r.eligible(), r.reasons(), r.warnings(), r.met(), answer.holds());
        }
    }

    @Inject
    private Procedures procedures;

    @GET
    @Operation(summary = "Eligibility of a procedure (code), side and date")
    public EligibilityView check(@PathParam("patientId") long patientId, @QueryParam("procedure") String procedure,
                                 @QueryParam("side") String side, @QueryParam("date") String date) {
        return EligibilityView.of(procedures.eligibility(patientId, procedure, side, date));
    }
}
