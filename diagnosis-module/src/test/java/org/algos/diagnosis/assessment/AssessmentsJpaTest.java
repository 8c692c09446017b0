package org.algos.diagnosis.assessment;

import static org.algos.diagnosis.DiagnosisPersistence.answers;
import static org.algos.diagnosis.DiagnosisPersistence.daysAgo;
import static org.algos.diagnosis.DiagnosisPersistence.odi;
import static org.algos.diagnosis.DiagnosisPersistence.phq9;
import static org.algos.diagnosis.DiagnosisPersistence.unscorableOdi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.algos.diagnosis.DiagnosisPersistence;
import org.algos.diagnosis.assessment.Assessments.TrendPoint;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.audit.AuditOutcome;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Trends, safety alerts and questionnaire requests as the chart reads them back. */
class AssessmentsJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = DiagnosisPersistence.database();

    private final Assessments assessments = db.service(Assessments.class);
    private Patient jane;
    private Caller lee;

    @BeforeEach
    void aPatientWithHerPhysician() {
        jane = db.people().patient("Jane", "Doe");
        lee = db.people().physician("dr.lee", jane);
        db.actAs(lee);
    }

    private void record(Patient patient, String instrument, Map<String, Integer> answers, int daysAgo) {
        db.run(() -> assessments.record(patient.id(), instrument, answers, daysAgo(db, daysAgo)));
    }

    private static List<Double> changes(List<TrendPoint> points) {
        return points.stream().map(TrendPoint::changeFromBaseline).toList();
    }

    @Test
    void historiesAreOldestFirstPerInstrumentInTheOrderAskedWhateverTheOrderOfEntry() {
        record(jane, "ODI", odi(2), 10);            // 40 %
        record(jane, "PEG", answers(3, 6), 30);     // 6.0, the PEG baseline
        record(jane, "ODI", odi(3), 40);            // 60 %, the ODI baseline
        record(jane, "PEG", answers(3, 3), 5);      // 3.0: half, past the 30 % MCID
        record(jane, "ODI", odi(1), 2);             // 20 %

        Map<String, List<TrendPoint>> histories = db.call(() -> assessments.histories(jane.id(),
                List.of("PEG", "ODI", "NDI")));

        assertEquals(List.of("PEG", "ODI", "NDI"), List.copyOf(histories.keySet()));
        assertEquals(List.of(60.0, 40.0, 20.0), histories.get("ODI").stream().map(p -> p.assessment().percent()).toList());
        assertEquals(List.of(0.0, -20.0, -40.0), changes(histories.get("ODI")));
        assertEquals(List.of(true, false, false), histories.get("ODI").stream().map(TrendPoint::baseline).toList());
        assertEquals(List.of(false, true, true), histories.get("ODI").stream().map(TrendPoint::mcidReached).toList());
        assertEquals(List.of(0.0, -3.0), changes(histories.get("PEG")));
        assertTrue(histories.get("PEG").get(1).mcidReached());
        assertEquals(List.of(), histories.get("NDI"));
    }

    @Test
    void theBaselineIsTheFirstScorableResultAndUnscorableOnesCarryNoChange() {
        record(jane, "ODI", unscorableOdi(), 50);
        record(jane, "ODI", odi(3), 40);
        record(jane, "ODI", odi(3), 20);

        List<TrendPoint> history = db.call(() -> assessments.history(jane.id(), "ODI"));

        assertEquals(3, history.size());
        assertFalse(history.get(0).baseline());
        assertNull(history.get(0).changeFromBaseline());
        assertTrue(history.get(1).baseline());
        assertEquals(0.0, history.get(2).changeFromBaseline());
        assertFalse(history.get(2).mcidReached(), "no change is no improvement");
    }

    @Test
    void anotherPatientsResultsStayOutOfTheHistory() {
        Patient john = db.people().patient("John", "Roe");
        db.people().joinTeam(lee, john);
        record(john, "ODI", odi(5), 30);
        record(jane, "ODI", odi(1), 20);

        List<TrendPoint> history = db.call(() -> assessments.history(jane.id(), "ODI"));

        assertEquals(List.of(20.0), history.stream().map(p -> p.assessment().percent()).toList());
        assertTrue(history.get(0).baseline());
    }

    @Test
    void openAlertsLeaveOutAcknowledgedOnesAndOtherPatients() {
        Patient john = db.people().patient("John", "Roe");
        db.people().joinTeam(lee, john);
        record(jane, "PHQ9", phq9(1), 9);
        record(jane, "PHQ9", phq9(0), 8);   // no alert
        record(jane, "PHQ9", phq9(2), 7);
        record(john, "PHQ9", phq9(3), 6);
        List<SafetyAlert> raised = db.call(() -> assessments.openAlerts(jane.id()));
        assertEquals(2, raised.size());

        db.run(() -> assessments.acknowledge(jane.id(), raised.get(0).id()));
        List<SafetyAlert> open = db.call(() -> assessments.openAlerts(jane.id()));

        assertEquals(List.of(raised.get(1).id()), open.stream().map(SafetyAlert::id).toList());
        assertTrue(open.get(0).isOpen());
    }

    @Test
    void thePatientsAnswersCompleteTheOldestOpenRequestForThatQuestionnaire() {
        QuestionnaireAssignment later = db.call(() -> assessments.assign(jane.id(), "PHQ9", db.today().plusDays(9)));
        QuestionnaireAssignment sooner = db.call(() -> assessments.assign(jane.id(), "PHQ9", db.today().plusDays(2)));
        QuestionnaireAssignment gad = db.call(() -> assessments.assign(jane.id(), "GAD7", db.today().plusDays(5)));
        db.actAs(db.people().account(jane));

        record(jane, "PHQ9", phq9(0), 0);
        List<QuestionnaireAssignment> open = db.call(() -> assessments.openAssignments(jane.id()));

        assertEquals(List.of(gad.id(), later.id()), open.stream().map(QuestionnaireAssignment::id).toList(),
                "the sooner PHQ-9 request " + sooner.id() + " was completed; the rest soonest due first");
    }

    @Test
    void recordingIsAuditedByTheAssessmentsIdAndInstrumentWithoutScoreBandOrAlert() {
        int before = db.auditEventsOf(lee).size();

        Assessment phq9 = db.call(() -> assessments.record(jane.id(), "PHQ9", phq9(3), null));

        List<AuditEvent> events = db.auditEventsOf(lee);
        assertEquals(before + 1, events.size(), "the alert it raised is part of the same event");
        AuditEvent recorded = events.get(before);
        assertEquals("Assessment/" + phq9.id(), recorded.resource());
        assertEquals("assessment " + phq9.id() + " recorded (PHQ9)", recorded.detail());
        assertFalse(recorded.detail().contains(phq9.band()), recorded.detail());
        assertEquals(List.of(phq9.id()), db.call(() -> assessments.history(jane.id(), "PHQ9")).stream()
                .map(p -> p.assessment().id()).toList(), "stored under the audited id");
    }

    @Test
    void severalHistoriesAreReadUnderOneAuditedAccessCheck() {
        record(jane, "ODI", odi(2), 10);
        record(jane, "PHQ9", phq9(0), 10);
        int before = db.auditEventsOf(lee).size();

        db.call(() -> assessments.histories(jane.id(), List.of("ODI", "PHQ9", "GAD7")));

        List<AuditEvent> events = db.auditEventsOf(lee);
        assertEquals(before + 1, events.size());
        assertEquals("Assessment", events.get(events.size() - 1).resource());
        assertEquals(jane.id(), events.get(events.size() - 1).patientId());
    }

    @Test
    void aRoleThatDoesNotRecordTheInstrumentIsRefusedAndTheRefusalAudited() {
        Caller physio = db.people().staff("pt.refused", Role.PHYSIOTHERAPIST, jane);
        db.actAs(physio);

        assertThrows(AccessDeniedException.class, () -> record(jane, "PHQ9", phq9(1), 0));

        List<AuditEvent> events = db.auditEventsOf(physio);
        assertEquals(1, events.size(), events::toString);
        assertEquals(AuditOutcome.DENIED, events.get(0).outcome());
        assertEquals(jane.id(), events.get(0).patientId());
        assertEquals("Assessment/PHQ9", events.get(0).resource());
        assertTrue(events.get(0).flagged());
    }
}
