package org.algos.diagnosis.web.fhir;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.algos.diagnosis.diagnosis.Diagnoses;
import org.algos.diagnosis.diagnosis.Diagnosis;
import org.algos.domain.common.InvalidInputException;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.ReferralPart;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Resource;

/**
 * A referral's problem list: each Condition coded in ICD-10-CM or ICD-11 MMS becomes a diagnosis,
 * through the same service and the same code list as one a physician adds in the portal; its
 * onset date is kept. A problem the hospital marks as resolved or refuted is not a referral
 * diagnosis and is refused rather than silently recorded as active.
 */
@Dependent
public class ConditionIntake implements ReferralPart {

    /** The service's field names and the Condition elements they come from. */
    private static final Map<String, String> ELEMENTS = Map.of("system", "code.coding.system", "code", "code.coding",
            "onsetDate", "onsetDateTime");

    @Inject
    private Diagnoses diagnoses;

    @Override
    public boolean takes(Resource resource) {
        return resource instanceof Condition;
    }

    @Override
    public String take(long patientId, Resource resource, String path) {
        Condition condition = (Condition) resource;
        Coding coding = condition.getCode().getCoding().stream()
                .filter(c -> ConditionMapping.ICD_10_CM.equals(c.getSystem()) || ConditionMapping.ICD_11_MMS.equals(c.getSystem()))
                .findFirst().orElseThrow(() -> new UnprocessableEntityException(path + ".code: needs a coding in "
                        + ConditionMapping.ICD_10_CM + " or " + ConditionMapping.ICD_11_MMS));
        if (condition.hasClinicalStatus() && !condition.getClinicalStatus().hasCoding(ConditionMapping.CLINICAL, "active")) {
            throw new UnprocessableEntityException(path + ".clinicalStatus: only active problems are taken from a referral");
        }
        if (condition.hasVerificationStatus()
                && condition.getVerificationStatus().hasCoding(ConditionMapping.VERIFICATION, "refuted")) {
            throw new UnprocessableEntityException(path + ".verificationStatus: a refuted problem is no referral diagnosis");
        }
        String onset = condition.hasOnsetDateTimeType() ? condition.getOnsetDateTimeType().getValueAsString() : null;
        String system = ConditionMapping.ICD_11_MMS.equals(coding.getSystem()) ? "ICD11" : "ICD10CM";
        try {
            Diagnosis added = diagnoses.add(patientId, system, coding.getCode(), false,
                    onset == null || onset.length() < 10 ? onset : onset.substring(0, 10));
            return "Condition/" + added.id();
        } catch (InvalidInputException e) {
            throw Fhir.refusal(path, e, ELEMENTS);
        }
    }
}
