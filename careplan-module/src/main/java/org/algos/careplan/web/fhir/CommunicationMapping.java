package org.algos.careplan.web.fhir;

import java.util.Locale;
import org.algos.careplan.conference.CaseConference;
import org.algos.careplan.conference.CaseConferences.Recorded;
import org.algos.careplan.plan.CarePlanTask;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.Practitioners;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Communication.CommunicationStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * A case conference as a Communication ({@code Communication/<id>}): the care team's discussion
 * about the patient, held without them. An Encounter would claim a contact with the patient
 * (US Core Encounter even asks for one's class and type), which a conference is not; a
 * Communication has the patient as its {@code subject}, the attendees as {@code recipient}, the
 * recorder as {@code sender}, the day it was held as {@code sent}, and what was said and decided
 * as {@code payload}: the decisions, each discipline's input and each task it set. The care plan
 * it reviewed is {@code about}. US Core has no Communication profile, so none is claimed.
 */
final class CommunicationMapping {

    static final String CATEGORY = Fhir.ALGOS_CODES + "communication-category";

    private CommunicationMapping() {
    }

    static Communication toFhir(Recorded recorded) {
        CaseConference conference = recorded.conference();
        Communication c = new Communication();
        c.setId("Communication/" + conference.id());
        c.setStatus(CommunicationStatus.COMPLETED);
        c.addCategory(CareFhir.concept(CATEGORY, "case-conference", "Multidisciplinary case conference"));
        c.setTopic(new CodeableConcept().setText("Multidisciplinary case conference"));
        c.setSubject(Fhir.patientReference(conference.patientId()));
        if (conference.carePlanId() != null) {
            c.addAbout(new Reference("CarePlan/" + conference.carePlanId()));
        }
        c.setSentElement(CareFhir.day(conference.heldOn()));
        c.setSender(Practitioners.reference(conference.recordedBy(), null));
        conference.attendees().forEach(a -> c.addRecipient(Practitioners.reference(a, null)));
        if (conference.decisions() != null) {
            c.addPayload().setContent(new StringType("Decisions: " + conference.decisions()));
        }
        recorded.inputs().forEach((discipline, text) -> c.addPayload().setContent(
                new StringType(capitalised(discipline.code()) + ": " + text)));
        for (CarePlanTask task : recorded.tasks()) {
            c.addPayload().setContent(new StringType("Task: " + task.title() + " (" + task.assignee() + ", due "
                    + task.dueDate() + ")"));
        }
        return c;
    }

    private static String capitalised(String code) {
        return code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
    }
}
