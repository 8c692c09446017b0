package org.algos.diagnosis.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.algos.diagnosis.DiagnosisPersistence;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.patient.Patient;
import org.algos.domain.port.ProblemList;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The problem list as the chart and the care plan's port read it. */
class DiagnosesJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = DiagnosisPersistence.database();

    private final Diagnoses diagnoses = db.service(Diagnoses.class);
    private Patient jane;
    private Caller lee;

    @BeforeEach
    void aPatientWithHerPhysician() {
        jane = db.people().patient("Jane", "Doe");
        lee = db.people().physician("dr.lee", jane);
        db.actAs(lee);
    }

    private void add(Patient patient, String system, String code, boolean primary) {
        db.run(() -> diagnoses.add(patient.id(), system, code, primary, null));
    }

    @Test
    void thePrimaryDiagnosisComesFirstAndANewPrimaryDemotesTheOldOne() {
        add(jane, "ICD10CM", "M54.50", true);
        add(jane, "ICD10CM", "M54.2", false);
        add(jane, "ICD11", "MG30.0", true);

        List<Diagnosis> listed = db.call(() -> diagnoses.list(jane.id()));

        assertEquals(List.of("MG30.0", "M54.50", "M54.2"), listed.stream().map(Diagnosis::code).toList());
        assertEquals(List.of(true, false, false), listed.stream().map(Diagnosis::primary).toList());
    }

    @Test
    void thePortGivesTheSameProblemsUnderTheProofOfOneAccessCheck() {
        Patient john = db.people().patient("John", "Roe");
        db.people().joinTeam(lee, john);
        add(john, "ICD11", "MG30.5", true);
        add(jane, "ICD10CM", "M54.2", false);
        add(jane, "ICD10CM", "M54.50", true);

        List<ProblemList.Problem> problems = db.call(() -> ((ProblemList) diagnoses).problemsOf(
                db.guard().authorize(jane.id(), AuditAction.READ, "CarePlan", "problems")));

        assertEquals(List.of(new ProblemList.Problem("M54.50", "Low back pain, unspecified"),
                new ProblemList.Problem("M54.2", "Cervicalgia")), problems);
    }

    @Test
    void addingAndResolvingADiagnosisAreAuditedByItsIdWithoutCodeTitleOrStatus() {
        int before = db.auditEventsOf(lee).size();

        Diagnosis back = db.call(() -> diagnoses.add(jane.id(), "ICD10CM", "M54.50", true, null));
        db.run(() -> diagnoses.changeStatus(jane.id(), back.id(), back.version(), "resolved"));

        List<AuditEvent> events = db.auditEventsOf(lee).subList(before, before + 2);
        assertEquals(List.of("Diagnosis/" + back.id(), "Diagnosis/" + back.id()),
                events.stream().map(AuditEvent::resource).toList());
        assertEquals(List.of("diagnosis " + back.id() + " added", "diagnosis " + back.id() + " status changed"),
                events.stream().map(AuditEvent::detail).toList());
        for (AuditEvent e : events) {
            String detail = e.detail().toLowerCase(Locale.ROOT);
            assertFalse(detail.contains("m54") || detail.contains("icd") || detail.contains("back pain")
                    || detail.contains("resolved"), e.detail());
        }
    }

    @Test
    void aProofFromAnEarlierTransactionOpensNothing() {
        add(jane, "ICD10CM", "M54.2", false);
        AuthorizedPatient earlier = db.call(() -> db.guard().authorize(jane.id(), AuditAction.READ, "Diagnosis", "x"));

        assertThrows(AccessDeniedException.class, () -> db.call(() -> diagnoses.list(earlier)));
    }
}
