package org.algos.careplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.algos.careplan.CarePlanPersistence;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.common.Page;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "My tasks": a clinician's own tasks across their patients, paged in the database. */
class TeamTasksJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = CarePlanPersistence.database();

    private final CarePlans plans = db.service(CarePlans.class);
    private final TeamTasks tasks = db.service(TeamTasks.class);
    private Caller lee;
    private Caller kim;

    @BeforeEach
    void aPhysicianAndANurse() {
        lee = db.people().physician("dr.lee");
        kim = db.people().staff("nurse.kim", Role.NURSE);
    }

    /** A patient whose team is lee and kim, with an active plan. */
    private CarePlan planFor(Patient patient) {
        db.people().joinTeam(lee, patient);
        db.people().joinTeam(kim, patient);
        db.actAs(lee);
        return db.call(() -> plans.create(patient.id(), new CarePlans.Entry("Back pain", List.of(), "active")));
    }

    private CarePlanTask task(CarePlan plan, String title, Caller assignee, int dueInDays) {
        db.actAs(lee);
        return db.call(() -> tasks.add(plan.patientId(), plan.id(), new TaskInput.Entry(title, assignee.username(),
                db.today().plusDays(dueInDays).toString())));
    }

    private static List<String> titles(Page<TeamTasks.MyTask> page) {
        return page.items().stream().map(t -> t.task().title()).toList();
    }

    @Test
    void myOpenTasksAreEarliestDueFirstPagedWithTheFullTotal() {
        Patient jane = db.people().patient("Jane", "Doe");
        Patient john = db.people().patient("John", "Roe");
        CarePlan janes = planFor(jane);
        CarePlan johns = planFor(john);
        task(janes, "Call about sleep", kim, 9);
        task(johns, "Teach pacing", kim, 2);
        task(janes, "Order MRI", lee, 1);                   // someone else's
        CarePlanTask done = task(johns, "Book physio", kim, 3);
        task(janes, "Check diary", kim, 5);
        db.run(() -> tasks.changeStatus(john.id(), johns.id(), done.id(), done.version(), "done"));
        db.actAs(kim);

        Page<TeamTasks.MyTask> first = db.call(() -> tasks.mine(null, 0, 2));
        Page<TeamTasks.MyTask> second = db.call(() -> tasks.mine(null, 1, 2));

        assertEquals(List.of("Teach pacing", "Check diary"), titles(first));
        assertEquals(List.of("Call about sleep"), titles(second));
        assertEquals(List.of(3L, 3L), List.of(first.total(), second.total()));
        assertEquals(3, db.call(() -> tasks.countMine("open")));
        assertEquals(List.of("Book physio"), titles(db.call(() -> tasks.mine("done", 0, 10))));
        assertEquals(john.fullName(), first.items().get(0).patientName());
        assertEquals(john.mrn(), first.items().get(0).mrn());
    }

    @Test
    void tasksOnAPatientWhoseTeamTheCallerLeftDropOut() {
        Patient jane = db.people().patient("Jane", "Doe");
        Patient john = db.people().patient("John", "Roe");
        task(planFor(jane), "Check diary", kim, 5);
        task(planFor(john), "Teach pacing", kim, 2);
        db.run(em -> em.createQuery("delete from CareTeamMember m where m.patientId = :p and m.username = :u")
                .setParameter("p", john.id()).setParameter("u", kim.username()).executeUpdate());
        db.actAs(kim);

        Page<TeamTasks.MyTask> mine = db.call(() -> tasks.mine(null, 0, 10));

        assertEquals(List.of("Check diary"), titles(mine));
        assertEquals(1, mine.total());
    }

    @Test
    void listingMyTasksIsAuditedOnceWithThePatientsShown() {
        Patient jane = db.people().patient("Jane", "Doe");
        CarePlan janes = planFor(jane);
        task(janes, "Check diary", kim, 5);
        task(janes, "Call about sleep", kim, 6);
        db.actAs(kim);

        db.call(() -> tasks.mine(null, 0, 10));

        List<AuditEvent> events = db.auditEventsOf(kim);
        assertEquals(1, events.size());
        assertEquals(AuditAction.SEARCH, events.get(0).action());
        assertEquals("my open tasks page 0: 2 found, patients [" + jane.id() + "]", events.get(0).detail());
    }
}
