package org.algos.web.fhir;

import java.time.LocalDate;
import java.util.Map;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.patient.PatientDetails;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/**
 * The demographics a referral's Patient carries, read with the same rules as a registration in
 * the portal. The MRN is the identifier in the clinic's MRN system, or else the one typed
 * {@code MR}: a hospital that refers sends the record number both sides use.
 */
final class ReferralPatient {

    private static final Map<String, String> ELEMENTS = Map.of("mrn", "identifier", "givenName", "name.given",
            "familyName", "name.family", "birthDate", "birthDate", "sex", "gender");

    private ReferralPatient() {
    }

    static PatientDetails details(Patient patient, String mrnSystem, String path, LocalDate today) {
        String mrn = patient.getIdentifier().stream().filter(i -> mrnSystem.equals(i.getSystem())).findFirst()
                .or(() -> patient.getIdentifier().stream().filter(ReferralPatient::isMedicalRecordNumber).findFirst())
                .map(Identifier::getValue).orElse(null);
        HumanName name = patient.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(patient.getNameFirstRep());
        String birthDate = patient.hasBirthDate() ? patient.getBirthDateElement().getValueAsString() : null;
        String sex = patient.hasGender() ? patient.getGender().toCode() : null;
        try {
            return PatientDetails.parse(mrn, name.getGivenAsSingleString().isEmpty() ? null
                    : name.getGiven().get(0).getValue(), name.getFamily(), birthDate, sex, today);
        } catch (InvalidInputException e) {
            throw Fhir.refusal(path, e, ELEMENTS);
        }
    }

    private static boolean isMedicalRecordNumber(Identifier identifier) {
        return identifier.getType().getCoding().stream().anyMatch(c -> "MR".equals(c.getCode())
                && PatientMapping.V2_IDENTIFIER_TYPE.equals(c.getSystem()));
    }
}
