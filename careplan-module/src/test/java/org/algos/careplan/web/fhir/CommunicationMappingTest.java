package org.algos.careplan.web.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.algos.careplan.conference.CaseConference;
import org.algos.careplan.conference.CaseConferences.Recorded;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanStatus;
import org.algos.careplan.plan.CarePlanTask;
import org.algos.domain.user.Role;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class CommunicationMappingTest {

    @Test
    void aConferenceIsACompletedCommunicationAboutThePatientWithItsDecisionsAsPayload() {
        CarePlan plan = CareRecords.plan(3, CarePlanStatus.ACTIVE);
        CaseConference conference = new CaseConference(51L, CareRecords.PATIENT, 3L, LocalDate.of(2026, 3, 10),
                List.of("dr.lee", "pt.ana"), "Try a medial branch block", "nurse.kim", CareRecords.RECORDED);
        Map<Role, String> inputs = new EnumMap<>(Role.class);
        inputs.put(Role.PHYSIOTHERAPIST, "Core strength improving");
        CarePlanTask task = new CarePlanTask(31L, plan, 51L, "Book a medial branch block", "nurse.kim",
                LocalDate.of(2026, 3, 20), "nurse.kim", CareRecords.RECORDED);

        Communication c = CommunicationMapping.toFhir(new Recorded(conference, inputs, List.of(task)));

        assertEquals("Communication/51", c.getId());
        assertTrue(c.getMeta().getProfile().isEmpty(), "US Core has no Communication profile");
        assertEquals("completed", c.getStatus().toCode());
        assertEquals(Fhir.ALGOS_CODES + "communication-category", c.getCategoryFirstRep().getCodingFirstRep().getSystem());
        assertEquals("case-conference", c.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertEquals("Patient/7", c.getSubject().getReference());
        assertEquals("CarePlan/3", c.getAboutFirstRep().getReference());
        assertEquals("2026-03-10", c.getSentElement().getValueAsString());
        assertEquals("Practitioner/nurse.kim", c.getSender().getReference());
        assertEquals(List.of("Practitioner/dr.lee", "Practitioner/pt.ana"),
                c.getRecipient().stream().map(Reference::getReference).toList());
        assertEquals(List.of("Decisions: Try a medial branch block", "Physiotherapist: Core strength improving",
                        "Task: Book a medial branch block (nurse.kim, due 2026-03-20)"),
                c.getPayload().stream().map(p -> p.getContentStringType().getValue()).toList());
    }
}
