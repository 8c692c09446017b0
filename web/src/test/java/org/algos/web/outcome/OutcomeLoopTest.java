package org.algos.web.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.algos.careplan.medication.Medications;
import org.algos.careplan.psych.PsychEvaluations;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.assessment.BaselineScores;
import org.algos.diagnosis.assessment.FollowUpQuestionnaires;
import org.algos.diagnosis.assessment.QuestionnaireAssignment;
import org.algos.diagnosis.block.DiagnosticBlocks;
import org.algos.domain.patient.Patient;
import org.algos.domain.port.BaselineFacts;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.intervention.eligibility.EligibilityEngine;
import org.algos.intervention.eligibility.EligibilitySettings;
import org.algos.intervention.outcome.OutcomeFollowUps;
import org.algos.intervention.outcome.OutcomeRegistry;
import org.algos.intervention.outcome.ProcedureBaseline;
import org.algos.intervention.outcome.ProcedureOutcome;
import org.algos.intervention.outcome.RegistryFigures;
import org.algos.intervention.outcome.RegistryQuery;
import org.algos.intervention.procedure.ProcedureNote;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.testkit.WholeClinic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The outcome loop across the modules, wired as the WAR wires them: a completed epidural asks its
 * follow-up questionnaires, the patient sees the 3-month ones when they open and answers them,
 * the answers become the procedure's outcome, the registry counts it, and a repeat of the
 * procedure stops what the first one still asked.
 */
class OutcomeLoopTest {

    @RegisterExtension
    static final InMemoryDatabase db = WholeClinic.database();

    private static final ProcedureNote NOTE = new ProcedureNote("prone", "fluoroscopy", 20, 1.5, "22G",
            "dexamethasone 10 mg", "none", "home");

    private final FollowUpQuestionnaires requests = db.service(FollowUpQuestionnaires.class);
    private final OutcomeFollowUps outcomes = db.service(OutcomeFollowUps.class, requests,
            db.service(BaselineScores.class), db.service(Medications.class));
    private final Procedures procedures = db.service(Procedures.class,
            new EligibilityEngine(EligibilitySettings.defaults()), db.service(DiagnosticBlocks.class),
            db.service(PsychEvaluations.class), db.service(Medications.class), outcomes);
    /** Questionnaires answered 91 days after the procedure, with the outcome handed back to intervention. */
    private final Assessments threeMonthsLater = db.service(Assessments.class,
            Clock.offset(db.clock(), Duration.ofDays(91)), db.service(OutcomeFollowUps.class));

    private static Map<String, Integer> odi(int perSection) {
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 1; i <= 10; i++) {
            answers.put(String.valueOf(i), perSection);
        }
        return answers;
    }

    private ProcedureRecord completedEpidural(Patient patient) {
        ProcedureRecord booked = db.call(() -> procedures.book(patient.id(), new Procedures.Booking("ESI_LUMBAR_TF",
                "left", List.of("L4-L5"), db.today().toString(), null, null, null,
                "repeat for the trial of the schedule", true)));
        for (String item : List.of("consent", "allergies", "anticoagulation", "infection", "glucose", "siteMarked",
                "timeOut")) {
            db.run(() -> procedures.tick(patient.id(), booked.id(), item, "done"));
        }
        db.run(() -> procedures.tick(patient.id(), booked.id(), "pregnancy", "not-applicable"));
        return db.call(() -> procedures.complete(patient.id(), booked.id(), NOTE, 8, 2));
    }

    private List<QuestionnaireAssignment> requestsOf(ProcedureRecord procedure) {
        return db.call(em -> em.createQuery("select q from QuestionnaireAssignment q where q.procedureId = :r"
                + " order by q.dueOn, q.instrument", QuestionnaireAssignment.class)
                .setParameter("r", procedure.id()).getResultList());
    }

    @Test
    void theThreeMonthAnswersBecomeTheEpiduralsOutcomeAndTheRegistryCountsIt() {
        Patient jane = db.people().patient("Jane", "Outcome");
        Caller lee = db.people().physician("dr.outcome", jane);
        Caller janeHerself = db.people().account(jane);
        db.actAs(janeHerself);
        db.run(() -> db.service(Assessments.class).record(jane.id(), "ODI", odi(2), db.now().minusDays(20)));

        db.actAs(lee);
        ProcedureRecord epidural = completedEpidural(jane);
        assertEquals(List.of("2w PEG", "3m ODI", "3m PEG", "6m ODI", "6m PEG", "12m ODI", "12m PEG"),
                requestsOf(epidural).stream().map(q -> q.followUpPoint() + " " + q.instrument()).toList());
        db.actAs(janeHerself);
        assertEquals(List.of(), db.call(() -> db.service(Assessments.class).openAssignments(jane.id())),
                "nothing is shown before it opens");
        assertEquals(List.of("ODI", "PEG"), db.call(() -> threeMonthsLater.openAssignments(jane.id())).stream()
                .map(QuestionnaireAssignment::instrument).sorted().toList(),
                "three months on: the 3-month pair; the 2-week request has closed");

        db.run(() -> threeMonthsLater.record(jane.id(), "PEG", Map.of("1", 3, "2", 4, "3", 4), null));
        db.run(() -> threeMonthsLater.record(jane.id(), "ODI", odi(1), null));

        ProcedureOutcome outcome = db.call(em -> em.createQuery("select o from ProcedureOutcome o"
                + " where o.procedureId = :r", ProcedureOutcome.class).setParameter("r", epidural.id()).getSingleResult());
        assertEquals("3m", outcome.point());
        assertEquals(91, outcome.daysAfter());
        assertEquals(8, outcome.painBefore());
        assertEquals(3, outcome.painNow(), "PEG's average pain");
        assertEquals(20.0, outcome.functionScore());
        assertEquals(40.0, outcome.functionBaseline(), "the ODI before the procedure");
        assertTrue(outcome.functionImproved(), "20 points better: past the ODI's MCID of 10");

        db.actAs(lee);
        RegistryFigures.Figures figures = db.call(() -> db.service(OutcomeRegistry.class).figures(RegistryQuery.parse(
                "ESI_LUMBAR_TF", db.today().toString(), db.today().toString(), "3")));
        assertTrue(figures.cohort() >= 1 && figures.followedUp() >= 1);
        Map<String, Integer> responders = new HashMap<>();
        figures.outcomes().forEach(o -> responders.put(o.measure(), o.share().responders()));
        assertEquals(Map.of("nrs30", figures.followedUp(), "nrs50", figures.followedUp(), "function-mcid", 1),
                responders, "8 → 3 is 62.5 % less pain");
        assertTrue(db.auditEventsOf(lee).stream().anyMatch(e -> e.resource().equals("Outcomes")
                && e.detail().startsWith("outcomes registry ESI_LUMBAR_TF")), "the question is audited");

        completedEpidural(jane);
        assertEquals(List.of("3m ODI", "3m PEG"), requestsOf(epidural).stream()
                .map(q -> q.followUpPoint() + " " + q.instrument()).toList(),
                "the repeat withdraws what the first epidural asked and was not answered; the answered pair stays");
    }

    @Test
    void aCompletionKeepsWhatTheRecordSaidBeforeAndTheRegistrySplitsByIt() {
        Patient amir = db.people().patient("Amir", "Baseline");
        Caller lee = db.people().physician("dr.baseline", amir);
        db.actAs(lee);
        Map<String, Integer> pcs = new HashMap<>();
        for (int i = 1; i <= 13; i++) {
            pcs.put(String.valueOf(i), i <= 8 ? 3 : 2); // 8 × 3 + 5 × 2 = 34
        }
        Map<String, Integer> phq9 = new HashMap<>();
        for (int i = 1; i <= 9; i++) {
            phq9.put(String.valueOf(i), i <= 4 ? 3 : 0); // 12: moderate
        }
        db.run(() -> db.service(Assessments.class).record(amir.id(), "PCS", pcs, db.now().minusDays(10)));
        db.run(() -> db.service(Assessments.class).record(amir.id(), "PHQ9", phq9,
                db.now().minusDays(BaselineFacts.LOOKBACK_DAYS + 1)));
        // Oxycodone 20 mg three times a day: 60 mg × 1.5 = 90 MME/day.
        db.run(() -> db.service(Medications.class).add(amir.id(), new Medications.Entry("oxycodone", 20.0, "oral",
                3.0, null, null, db.today().minusDays(30).toString(), null)));

        ProcedureRecord epidural = completedEpidural(amir);

        BaselineFacts.Baseline kept = db.call(em -> em.find(ProcedureBaseline.class, epidural.id())).facts();
        assertEquals(34, kept.pcsTotal());
        assertEquals(null, kept.phq9Total(), "a PHQ-9 older than the lookback is no baseline");
        assertEquals(90.0, kept.mmeTotal(), 1e-9);
        assertEquals("90plus", kept.mmeLevel());
        RegistryFigures.Figures figures = db.call(() -> db.service(OutcomeRegistry.class).figures(RegistryQuery.parse(
                "ESI_LUMBAR_TF", db.today().toString(), db.today().toString(), "3")));
        List<String> groups = figures.groups().stream().filter(g -> g.cohort() > 0)
                .map(g -> g.by() + ": " + g.name()).toList();
        assertTrue(groups.contains("catastrophizing: PCS ≥30") && groups.contains("opioids: 90+ MME/day")
                && groups.contains("depression: not recorded"), groups::toString);
    }
}
