package org.algos.web.fhir;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.audit.AuditOutcome;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * An event of the audit trail as a FHIR AuditEvent, shaped after IHE's Basic Audit Log Patterns:
 * who (the user name and role), what was done (a RESTful interaction, or a user authentication for
 * a failed sign-in), to which patient and resource, the outcome, and the purpose of use (in words;
 * treatment also as the HL7 v3 ActReason code TREAT). Its id is the event's place in the chain.
 */
final class AuditEventMapping {

    static final String EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    /** DICOM PS3.16's audit event IDs, which IHE's audit profiles and FHIR's AuditEvent.type use (110114: User Authentication). */
    static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    static final String INTERACTION = "http://hl7.org/fhir/restful-interaction";
    static final String ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
    static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";

    private AuditEventMapping() {
    }

    static org.hl7.fhir.r4.model.AuditEvent toFhir(AuditEvent e) {
        org.hl7.fhir.r4.model.AuditEvent fhir = new org.hl7.fhir.r4.model.AuditEvent();
        fhir.setId("AuditEvent/" + e.id());
        if (e.action() == AuditAction.SIGN_IN) {
            fhir.setType(new Coding(DICOM, "110114", "User Authentication"));
        } else {
            fhir.setType(new Coding(EVENT_TYPE, "rest", "RESTful Operation"));
            fhir.addSubtype(interaction(e.action()));
        }
        fhir.setAction(action(e.action()));
        fhir.setRecorded(Date.from(e.occurredAt().toInstant(ZoneOffset.UTC)));
        fhir.setOutcome(e.outcome() == AuditOutcome.SUCCESS ? AuditEventOutcome._0
                : AuditEventOutcome._4);
        if (e.detail() != null) {
            fhir.setOutcomeDesc(e.detail());
        }
        if (e.purpose() != null) {
            fhir.addPurposeOfEvent(purpose(e.purpose()));
        }
        fhir.addAgent().setRequestor(true)
                .setWho(new Reference().setIdentifier(new Identifier().setSystem(CareTeamMapping.USERS)
                        .setValue(e.username())).setDisplay(e.username()))
                .addRole(new CodeableConcept().setText(e.userRole() == null ? "unknown" : e.userRole()));
        fhir.getSource().setObserver(new Reference().setDisplay("Algos"));
        if (e.patientId() != null) {
            fhir.addEntity().setWhat(Fhir.patientReference(e.patientId())).setType(new Coding(ENTITY_TYPE, "1",
                    "Person"));
        }
        if (e.resource() != null) {
            fhir.addEntity().setWhat(new Reference().setDisplay(e.resource())).setType(new Coding(ENTITY_TYPE, "2",
                    "System Object"));
        }
        if (e.flagged()) {
            fhir.getMeta().addTag(Fhir.ALGOS_CODES + "audit", "flagged", "Flagged for review");
        }
        return fhir;
    }

    private static Coding interaction(AuditAction action) {
        return switch (action) {
            case CREATE -> new Coding(INTERACTION, "create", "create");
            case READ -> new Coding(INTERACTION, "read", "read");
            case UPDATE -> new Coding(INTERACTION, "update", "update");
            case DELETE -> new Coding(INTERACTION, "delete", "delete");
            case SEARCH -> new Coding(INTERACTION, "search-type", "search type");
            case BREAK_GLASS, SIGN_IN -> new Coding(Fhir.ALGOS_CODES + "audit-action", action.name().toLowerCase(
                    Locale.ROOT), action.name());
        };
    }

    private static AuditEventAction action(AuditAction action) {
        return switch (action) {
            case CREATE -> AuditEventAction.C;
            case READ -> AuditEventAction.R;
            case UPDATE -> AuditEventAction.U;
            case DELETE -> AuditEventAction.D;
            case SEARCH, BREAK_GLASS, SIGN_IN -> AuditEventAction.E;
        };
    }

    private static CodeableConcept purpose(String purpose) {
        CodeableConcept concept = new CodeableConcept().setText(purpose);
        if ("treatment".equals(purpose)) {
            concept.addCoding(new Coding(ACT_REASON, "TREAT", "treatment"));
        }
        return concept;
    }
}
