package org.algos.careplan.web.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanGoal;
import org.algos.careplan.plan.CarePlanModality;
import org.algos.careplan.plan.CarePlanStatus;
import org.algos.careplan.plan.CarePlanTask;
import org.algos.careplan.plan.CarePlans.Detail;
import org.algos.careplan.plan.Discipline;
import org.algos.careplan.plan.GoalStatus;
import org.algos.careplan.plan.ModalityStatus;
import org.algos.careplan.plan.TaskStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class CarePlanMappingTest {

    static Detail detail(CarePlanStatus status, boolean withTasks) {
        CarePlan plan = CareRecords.plan(3, status);
        CarePlanGoal goal = new CarePlanGoal(11L, plan, "Walk to the shops & back", "walking distance", "1 km",
                LocalDate.of(2026, 6, 1), GoalStatus.IN_PROGRESS, "dr.lee", CareRecords.RECORDED);
        CarePlanModality physio = new CarePlanModality(21L, plan, Discipline.PHYSIOTHERAPY, "Core stability",
                "twice a week", "pt.ana", ModalityStatus.ACTIVE, "dr.lee", CareRecords.RECORDED);
        CarePlanTask task = new CarePlanTask(31L, plan, null, "Book a medial branch block", "nurse.kim",
                LocalDate.of(2026, 3, 20), "dr.lee", CareRecords.RECORDED);
        task.changeStatus(TaskStatus.DONE, "nurse.kim", CareRecords.RECORDED.plusDays(2));
        return new Detail(plan, List.of(goal), Map.of(), List.of(physio), withTasks ? List.of(task) : null);
    }

    @Test
    void aPlanIsAUsCoreAssessAndPlanWithItsTeamGoalsAndActivities() {
        org.hl7.fhir.r4.model.CarePlan c = CarePlanMapping.toFhir(detail(CarePlanStatus.ACTIVE, true));

        assertEquals("CarePlan/3", c.getId());
        assertEquals("http://hl7.org/fhir/us/core/StructureDefinition/us-core-careplan",
                c.getMeta().getProfile().get(0).getValue());
        assertEquals("generated", c.getText().getStatus().toCode());
        assertTrue(c.getText().getDivAsString().contains("Walk to the shops &amp; back"), c.getText().getDivAsString());
        assertEquals("active", c.getStatus().toCode());
        assertEquals("plan", c.getIntent().toCode());
        assertEquals("http://hl7.org/fhir/us/core/CodeSystem/careplan-category",
                c.getCategoryFirstRep().getCodingFirstRep().getSystem());
        assertEquals("assess-plan", c.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertEquals("Patient/7", c.getSubject().getReference());
        assertEquals("CareTeam/7", c.getCareTeamFirstRep().getReference());
        assertEquals(List.of("Goal/11"), c.getGoal().stream().map(Reference::getReference).toList());
        assertEquals("Practitioner/dr.lee", c.getAuthor().getReference());
        assertEquals("2026-03-01T09:30:00Z", c.getCreatedElement().getValueAsString());
        assertFalse(c.getPeriod().hasEnd());
        assertEquals("Problems: Axial low back pain; Poor sleep", c.getDescription());

        assertEquals(2, c.getActivity().size());
        CarePlanActivityDetailComponent physio = c.getActivity().get(0).getDetail();
        assertEquals("ServiceRequest", physio.getKind().toCode());
        assertEquals("PHYSIOTHERAPY", physio.getCode().getCodingFirstRep().getCode());
        assertEquals("Physiotherapy", physio.getCode().getText());
        assertEquals("in-progress", physio.getStatus().toCode());
        assertEquals("twice a week", physio.getScheduledStringType().getValue());
        assertEquals("Practitioner/pt.ana", physio.getPerformerFirstRep().getReference());
        assertEquals("Physiotherapy: Core stability (twice a week)", physio.getDescription());
        CarePlanActivityDetailComponent task = c.getActivity().get(1).getDetail();
        assertEquals("Task", task.getKind().toCode());
        assertEquals("completed", task.getStatus().toCode());
        assertEquals("Book a medial branch block", task.getDescription());
        assertEquals("2026-03-20", task.getScheduledPeriod().getEndElement().getValueAsString());
        assertEquals("Practitioner/nurse.kim", task.getPerformerFirstRep().getReference());
    }

    @Test
    void aPatientsOwnReadHasNoTeamTasks() {
        org.hl7.fhir.r4.model.CarePlan c = CarePlanMapping.toFhir(detail(CarePlanStatus.ACTIVE, false));

        assertEquals(1, c.getActivity().size());
        assertFalse(c.getText().getDivAsString().contains("Team tasks"));
    }

    @Test
    void aDiscontinuedPlanIsRevokedAndEndsWhenItWasClosed() {
        org.hl7.fhir.r4.model.CarePlan c = CarePlanMapping.toFhir(detail(CarePlanStatus.DISCONTINUED, true));

        assertEquals("revoked", c.getStatus().toCode());
        assertEquals("2026-06-01T09:30:00Z", c.getPeriod().getEndElement().getValueAsString());
    }

    @Test
    void eachModalityStatusHasAnActivityStatus() {
        assertEquals("not-started", CarePlanMapping.status(ModalityStatus.PLANNED).toCode());
        assertEquals("on-hold", CarePlanMapping.status(ModalityStatus.ON_HOLD).toCode());
        assertEquals("completed", CarePlanMapping.status(ModalityStatus.COMPLETED).toCode());
        assertEquals("stopped", CarePlanMapping.status(ModalityStatus.STOPPED).toCode());
        assertEquals("draft", CarePlanMapping.status(CarePlanStatus.DRAFT).toCode());
        assertEquals("completed", CarePlanMapping.status(CarePlanStatus.COMPLETED).toCode());
    }
}
