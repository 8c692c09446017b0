package org.algos.web.fhir;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.user.Role;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.Practitioners;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;

/**
 * A write of the audit trail as a US Core Provenance ({@code Provenance/<place in the trail>}):
 * the resource written (named as the slice serves it in FHIR, or the patient when the record has
 * no resource of its own, such as a diary day), when, the operation, and who as author: the
 * patient themselves, a clinician as Practitioner, or another account by its user name, acting
 * for the clinic.
 */
final class ProvenanceMapping {

    static final String US_CORE_PROVENANCE = Fhir.US_CORE + "us-core-provenance";
    static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    static final String DATA_OPERATION = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";

    private ProvenanceMapping() {
    }

    static Provenance toFhir(AuditEvent e, Map<String, String> targets) {
        Provenance p = new Provenance();
        p.setId("Provenance/" + e.id());
        p.getMeta().addProfile(US_CORE_PROVENANCE);
        p.addTarget(target(e, targets));
        p.setRecorded(Date.from(e.occurredAt().toInstant(ZoneOffset.UTC)));
        String operation = e.action() == AuditAction.CREATE ? "CREATE" : e.action() == AuditAction.DELETE
                ? "DELETE" : "UPDATE";
        p.setActivity(new CodeableConcept().addCoding(new Coding(DATA_OPERATION, operation,
                operation.charAt(0) + operation.substring(1).toLowerCase(Locale.ROOT))));
        if (e.purpose() != null) {
            p.addReason().setText(e.purpose());
        }
        Provenance.ProvenanceAgentComponent agent = p.addAgent().setType(new CodeableConcept()
                .addCoding(new Coding(PARTICIPANT_TYPE, "author", "Author")));
        if (Role.PATIENT_ROLE.equals(e.userRole())) {
            agent.setWho(Fhir.patientReference(e.patientId()).setDisplay(e.username()));
        } else {
            Role role = Role.fromCode(e.userRole()).orElse(null);
            Reference who = role != null && role.isClinician() ? Practitioners.reference(e.username(), null)
                    : new Reference().setDisplay(e.username());
            agent.setWho(who.setIdentifier(new Identifier().setSystem(PractitionerMapping.USERS).setValue(e.username())));
            agent.setOnBehalfOf(new Reference("Organization/" + OrganizationProvider.ID));
        }
        return p;
    }

    /** The FHIR resource an audit resource name stands for; the patient when no slice serves it. */
    static Reference target(AuditEvent e, Map<String, String> targets) {
        String resource = e.resource() == null ? "" : e.resource();
        if (resource.startsWith("CareTeam/")) {
            return new Reference("CareTeam/" + e.patientId());
        }
        for (Map.Entry<String, String> prefix : targets.entrySet()) {
            String rest = resource.startsWith(prefix.getKey()) ? resource.substring(prefix.getKey().length()) : "";
            if (!rest.isEmpty() && rest.chars().allMatch(Character::isDigit)) {
                return new Reference(prefix.getValue() + rest);
            }
        }
        return Fhir.patientReference(e.patientId());
    }
}
