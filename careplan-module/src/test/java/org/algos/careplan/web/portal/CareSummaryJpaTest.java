package org.algos.careplan.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.algos.careplan.CarePlanPersistence;
import org.algos.careplan.diary.DiaryEntry;
import org.algos.careplan.diary.PainDiary;
import org.algos.careplan.medication.Medications;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanGoal;
import org.algos.careplan.plan.CarePlanStatus;
import org.algos.careplan.plan.GoalStatus;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.web.kit.portal.SummaryLine;
import org.algos.web.kit.portal.SummaryTile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The care plan's part of the chart summary, reduced by the database. */
class CareSummaryJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = CarePlanPersistence.database();

    private final CareSummary summary = db.service(CareSummary.class);
    private final PainDiary diary = db.service(PainDiary.class);
    private final Medications medications = db.service(Medications.class);
    private Patient jane;
    private Caller lee;

    @BeforeEach
    void aPatientWithHerPhysician() {
        jane = db.people().patient("Jane", "Doe");
        lee = db.people().physician("dr.lee", jane);
        db.actAs(lee);
    }

    private SummaryTile tile(String key) {
        return db.call(() -> summary.tiles(db.guard().authorize(jane.id(), AuditAction.READ, "Patient", "summary")))
                .stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private void diaryDay(Caller patient, int daysAgo, int pain) {
        db.actAs(patient);
        db.run(() -> diary.write(patient.ownPatientId(), new PainDiary.Day(db.today().minusDays(daysAgo).toString(),
                pain, null, null, null, null)));
        db.actAs(lee);
    }

    /** Plans and goals written directly, to give them the creation times and statuses each test needs. */
    private CarePlan plan(String title, CarePlanStatus status, int createdDaysAgo) {
        boolean wasActive = status == CarePlanStatus.ACTIVE || status == CarePlanStatus.COMPLETED;
        return db.call(em -> {
            CarePlan plan = new CarePlan(null, jane.id(), title, List.of(), wasActive ? CarePlanStatus.ACTIVE
                    : CarePlanStatus.DRAFT, lee.username(), db.now().minusDays(createdDaysAgo));
            if (!status.isOpen()) {
                plan.revise(null, null, status, lee.username(), db.now()); // closed from where it started
            }
            em.persist(plan);
            return plan;
        });
    }

    private void goal(CarePlan plan, String description, int dueInDays, GoalStatus status) {
        db.run(em -> em.persist(new CarePlanGoal(null, plan, description, "ODI", "below 30 %",
                db.today().plusDays(dueInDays), status, lee.username(), db.now())));
    }

    private static List<String> labels(SummaryTile tile) {
        return tile.lines().stream().map(SummaryLine::label).toList();
    }

    @Test
    void theDiaryLineAveragesTheLastSevenDaysTodayIncluded() {
        Caller janeHerself = db.people().account(jane);
        diaryDay(janeHerself, 0, 4);
        diaryDay(janeHerself, 3, 6);
        diaryDay(janeHerself, 6, 7);
        diaryDay(janeHerself, 7, 9);     // eight days back: outside the week
        diaryDay(janeHerself, 20, 1);
        db.run(em -> {                   // a day ahead, which the diary refuses: written directly
            DiaryEntry tomorrow = new DiaryEntry(jane.id(), db.today().plusDays(1));
            tomorrow.write(10, null, null, null, null, db.now());
            em.persist(tomorrow);
        });
        Patient john = db.people().patient("John", "Roe");
        diaryDay(db.people().account(john), 0, 10);

        List<SummaryLine> pain = tile("pain").lines();

        assertEquals(1, pain.size());
        assertEquals("5.7/10", pain.get(0).value(), "(4 + 6 + 7) / 3, not a whole-number average");
        assertEquals("mean of 3 days", pain.get(0).note());
        assertEquals(db.today().toString(), pain.get(0).date());
    }

    @Test
    void theMmeCountsOnlyTheOpioidsTakenToday() {
        String today = db.today().toString();
        String longAgo = db.today().minusDays(60).toString();
        db.run(() -> medications.add(jane.id(), new Medications.Entry("oxycodone", 10.0, "oral", 3.0, null, null,
                longAgo, null)));                                                   // 45 MME
        db.run(() -> medications.add(jane.id(), new Medications.Entry("morphine", 15.0, "oral", 2.0, null, null,
                longAgo, today)));                                                  // 30 MME, last day today
        db.run(() -> medications.add(jane.id(), new Medications.Entry("hydromorphone", 4.0, "oral", 4.0, null, null,
                longAgo, db.today().minusDays(1).toString())));
        db.run(() -> medications.add(jane.id(), new Medications.Entry("tramadol", 50.0, "oral", 4.0, null, null,
                db.today().plusDays(1).toString(), null)));

        SummaryLine mme = tile("mme").lines().get(0);

        assertEquals("75", mme.value());
        assertEquals("50to89", mme.band());
    }

    @Test
    void theGoalsAreTheActivePlansOpenOnesFirstEvenWhenANewerDraftExists() {
        CarePlan active = plan("Back pain", CarePlanStatus.ACTIVE, 30);
        goal(active, "Walk 30 minutes", 20, GoalStatus.IN_PROGRESS);
        goal(active, "Sleep 6 hours", 5, GoalStatus.ACHIEVED);
        goal(active, "Back at work", 40, GoalStatus.NOT_STARTED);
        goal(plan("Next year", CarePlanStatus.DRAFT, 1), "Run 5 km", 10, GoalStatus.NOT_STARTED);

        SummaryTile goals = tile("goals");

        assertEquals("Goals · Back pain", goals.title());
        assertEquals(List.of("Walk 30 minutes", "Back at work", "Sleep 6 hours"), labels(goals));
    }

    @Test
    void withoutAnActivePlanTheNewestDraftIsShownAndClosedPlansAreNot() {
        goal(plan("Older draft", CarePlanStatus.DRAFT, 20), "Swim weekly", 10, GoalStatus.NOT_STARTED);
        goal(plan("Newer draft", CarePlanStatus.DRAFT, 5), "Garden again", 10, GoalStatus.NOT_STARTED);
        goal(plan("Done", CarePlanStatus.COMPLETED, 1), "Stop opioids", 10, GoalStatus.ACHIEVED);

        SummaryTile goals = tile("goals");

        assertEquals("Goals · Newer draft (draft)", goals.title());
        assertEquals(List.of("Garden again"), labels(goals));
    }

    @Test
    void withoutAnOpenPlanTheTileSaysSoAndAPlanWithoutGoalsSaysThat() {
        plan("Gone", CarePlanStatus.DISCONTINUED, 3);
        assertEquals("Goals", tile("goals").title());
        assertEquals("No open care plan.", tile("goals").emptyText());

        plan("Fresh start", CarePlanStatus.DRAFT, 1);

        SummaryTile goals = tile("goals");
        assertEquals("Goals · Fresh start (draft)", goals.title());
        assertEquals(List.of(), goals.lines());
        assertEquals("The care plan has no goals yet.", goals.emptyText());
    }
}
