package org.algos.web.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import org.algos.web.kit.fhir.Fhir;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * An Algos patient as a US Core Patient: the MRN as an identifier of the clinic's system
 * ({@code algos.fhir.mrn-system}), official name, administrative gender, birth date.
 */
@ApplicationScoped
public class PatientMapping {

    static final String V2_IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";

    @Inject
    @ConfigProperty(name = "algos.fhir.mrn-system", defaultValue = "urn:algos:mrn")
    private String mrnSystem;

    String mrnSystem() {
        return mrnSystem;
    }

    Patient toFhir(org.algos.domain.patient.Patient p) {
        Patient fhir = new Patient();
        fhir.setId("Patient/" + p.id());
        fhir.getMeta().addProfile(Fhir.US_CORE_PATIENT).setVersionId(Long.toString(p.version()));
        fhir.addIdentifier().setUse(Identifier.IdentifierUse.USUAL).setSystem(mrnSystem).setValue(p.mrn())
                .setType(new CodeableConcept().addCoding(new Coding(V2_IDENTIFIER_TYPE, "MR",
                        "Medical record number")));
        fhir.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(p.familyName())
                .addGiven(p.givenName());
        fhir.setGender(AdministrativeGender.fromCode(p.sex().code()));
        fhir.setBirthDate(Date.valueOf(p.birthDate()));
        fhir.setActive(true);
        fhir.setManagingOrganization(new Reference("Organization/" + OrganizationProvider.ID));
        return fhir;
    }
}
