package org.algos.web.fhir;

import org.algos.domain.user.ClinicUser;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.Practitioners;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/**
 * A clinician's account as a US Core Practitioner (identified by the user name in
 * {@code urn:algos:fhir:user}), and their place in the clinic as a PractitionerRole with the same
 * id: the discipline as code, the clinic as organization. US Core asks a PractitionerRole for a
 * way to reach the person; Algos holds no personal phone numbers, so the clinic's
 * ({@code algos.clinic.phone}) is given, and without one the role claims no US Core profile.
 */
final class PractitionerMapping {

    static final String US_CORE_PRACTITIONER = Fhir.US_CORE + "us-core-practitioner";
    static final String US_CORE_PRACTITIONER_ROLE = Fhir.US_CORE + "us-core-practitionerrole";
    static final String USERS = Fhir.ALGOS_CODES + "user";
    static final String DISCIPLINES = Fhir.ALGOS_CODES + "team-role";

    private PractitionerMapping() {
    }

    static Practitioner practitioner(ClinicUser user) {
        Practitioner p = new Practitioner();
        p.setId("Practitioner/" + Practitioners.id(user.username()));
        p.getMeta().addProfile(US_CORE_PRACTITIONER);
        p.addIdentifier().setSystem(USERS).setValue(user.username());
        p.setActive(user.isActive());
        p.addName(PersonName.of(user.displayName()));
        return p;
    }

    static PractitionerRole role(ClinicUser user, String clinicPhone) {
        PractitionerRole role = new PractitionerRole();
        role.setId("PractitionerRole/" + Practitioners.id(user.username()));
        role.setActive(user.isActive());
        role.setPractitioner(Practitioners.reference(user.username(), user.displayName()));
        role.setOrganization(new Reference("Organization/" + OrganizationProvider.ID));
        role.addCode(discipline(user));
        if (clinicPhone != null && !clinicPhone.isBlank()) {
            role.getMeta().addProfile(US_CORE_PRACTITIONER_ROLE);
            role.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(clinicPhone)
                    .setUse(ContactPoint.ContactPointUse.WORK);
        }
        return role;
    }

    static CodeableConcept discipline(ClinicUser user) {
        String code = user.role().code();
        return new CodeableConcept().addCoding(new Coding(DISCIPLINES, code, code)).setText(code);
    }
}
