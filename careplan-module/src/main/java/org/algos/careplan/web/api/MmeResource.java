package org.algos.careplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.algos.careplan.medication.Medications;
import org.algos.careplan.medication.MmeItem;
import org.algos.careplan.medication.MmeResult;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Morphine milligram equivalents of a patient's current medications. */
@Path("patients/{patientId: [0-9]+}/mme")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MmeResource {

    /**
     * MME per day with its level, advice and the items it is made of (CDC 2022); from 50 MME/day
     * also the opioid safety items (null below 50).
     */
    public record MmeView(double totalMme, String level, List<String> advice, boolean benzodiazepineCoPrescribed,
                          List<MmeItem> items, String source, OpioidSafetyResource.SafetyView opioidSafety) {

        static MmeView of(Medications.MmeReview review) {
            MmeResult r = review.mme();
            return new MmeView(r.totalMme(), r.level().code(), r.advice(), r.benzodiazepineCoPrescribed(), r.items(),
                    r.source(), review.opioidSafety() == null ? null : OpioidSafetyResource.SafetyView.of(review.opioidSafety()));
        }
    }

    @Inject
    private Medications medications;

    @GET
    @Operation(summary = "Morphine milligram equivalents per day of today's medications (CDC 2022), with the opioid"
            + " safety items from 50 MME/day")
    public MmeView mme(@PathParam("patientId") long patientId) {
        return MmeView.of(medications.review(patientId));
    }
}
