package org.algos.careplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.algos.careplan.CarePlanPersistence;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.common.ConflictException;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Care plans as listed and read in full, and the one-active-plan rule, against the real tables. */
class CarePlansJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = CarePlanPersistence.database();

    private final CarePlans plans = db.service(CarePlans.class);
    private final CarePlanGoals goals = db.service(CarePlanGoals.class);
    private final TeamTasks tasks = db.service(TeamTasks.class);
    private Patient jane;
    private Caller lee;

    @BeforeEach
    void aPatientWithHerPhysician() {
        jane = db.people().patient("Jane", "Doe");
        lee = db.people().physician("dr.lee", jane);
        db.actAs(lee);
    }

    private CarePlan create(String title, String status) {
        return db.call(() -> plans.create(jane.id(), new CarePlans.Entry(title, List.of("Low back pain"), status)));
    }

    /** A plan created {@code daysAgo}: the service stamps "now", so the row is written directly. */
    private CarePlan createdDaysAgo(String title, int daysAgo) {
        return db.call(em -> {
            CarePlan plan = new CarePlan(null, jane.id(), title, List.of(), CarePlanStatus.DRAFT, lee.username(),
                    db.now().minusDays(daysAgo));
            em.persist(plan);
            return plan;
        });
    }

    private CarePlanGoal goal(CarePlan plan, String description, int dueInDays) {
        return db.call(() -> goals.add(jane.id(), plan.id(), new CarePlanGoals.Entry(description, "ODI", "below 30 %",
                db.today().plusDays(dueInDays).toString(), null)));
    }

    @Test
    void plansAreListedNewestFirst() {
        createdDaysAgo("Second", 10);
        createdDaysAgo("Third", 1);
        createdDaysAgo("First", 40);

        assertEquals(List.of("Third", "Second", "First"),
                db.call(() -> plans.list(jane.id())).stream().map(CarePlan::title).toList());
    }

    @Test
    void aSecondActivePlanIsRefusedUntilTheFirstIsClosed() {
        CarePlan first = create("Back pain", "active");
        CarePlan draft = create("Next steps", "draft");

        assertThrows(ConflictException.class, () -> db.call(() -> plans.revise(jane.id(), draft.id(), draft.version(),
                new CarePlans.Entry(null, null, "active"))));
        db.run(() -> plans.revise(jane.id(), first.id(), first.version(), new CarePlans.Entry(null, null, "completed")));
        db.run(() -> plans.revise(jane.id(), draft.id(), draft.version(), new CarePlans.Entry(null, null, "active")));

        assertEquals(List.of(CarePlanStatus.ACTIVE, CarePlanStatus.COMPLETED),
                db.call(() -> plans.list(jane.id())).stream().map(CarePlan::status).toList());
    }

    @Test
    void theDetailHasGoalsByTargetDateWithTheirOwnProgressAndHidesTasksFromThePatient() {
        CarePlan plan = create("Back pain", "active");
        CarePlanGoal walk = goal(plan, "Walk 30 minutes", 60);
        CarePlanGoal work = goal(plan, "Back at work", 30);
        db.run(() -> goals.update(jane.id(), plan.id(), walk.id(), walk.version(), new CarePlanGoals.Change(null, null,
                null, null, "in-progress", "15 minutes now", db.today().minusDays(2).toString())));
        db.run(() -> tasks.add(jane.id(), plan.id(), new TaskInput.Entry("Order MRI", lee.username(),
                db.today().plusDays(7).toString())));

        CarePlans.Detail detail = db.call(() -> plans.detail(jane.id(), plan.id()));

        assertEquals(List.of(work.id(), walk.id()), detail.goals().stream().map(CarePlanGoal::id).toList());
        assertEquals(List.of("15 minutes now"), detail.progress().get(walk.id()).stream().map(GoalProgressNote::note)
                .toList());
        assertNull(detail.progress().get(work.id()));
        assertEquals(List.of("Order MRI"), detail.tasks().stream().map(CarePlanTask::title).toList());

        db.actAs(db.people().account(jane));
        CarePlans.Detail mine = db.call(() -> plans.detail(jane.id(), plan.id()));
        assertEquals(2, mine.goals().size());
        assertNull(mine.tasks(), "team tasks are the team's working list");
    }

    @Test
    void aPlansGoalsAreAuditedByPlanAndGoalIdWithoutTheirContentOrProgress() {
        CarePlan plan = create("Back pain", "active");
        int before = db.auditEventsOf(lee).size();
        CarePlanGoal walk = goal(plan, "Walk 30 minutes", 60);
        db.run(() -> goals.update(jane.id(), plan.id(), walk.id(), walk.version(), new CarePlanGoals.Change(null, null,
                null, null, "achieved", "Walked to the shop", null)));

        List<AuditEvent> events = db.auditEventsOf(lee).subList(before, before + 2);

        assertEquals(List.of("CarePlanGoal/" + walk.id(), "CarePlanGoal/" + walk.id()),
                events.stream().map(AuditEvent::resource).toList());
        assertEquals(List.of("care plan " + plan.id() + " goal " + walk.id() + " added",
                "care plan " + plan.id() + " goal " + walk.id() + " updated"),
                events.stream().map(AuditEvent::detail).toList());
    }
}
