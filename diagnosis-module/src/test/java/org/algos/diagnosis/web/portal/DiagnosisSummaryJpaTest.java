package org.algos.diagnosis.web.portal;

import static org.algos.diagnosis.DiagnosisPersistence.daysAgo;
import static org.algos.diagnosis.DiagnosisPersistence.odi;
import static org.algos.diagnosis.DiagnosisPersistence.phq9;
import static org.algos.diagnosis.DiagnosisPersistence.unscorableOdi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.algos.diagnosis.DiagnosisPersistence;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.pain.PainAssessment;
import org.algos.diagnosis.pain.PainType;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.web.kit.portal.SummaryLine;
import org.algos.web.kit.portal.SummaryTile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The chart summary's first-and-latest reduction, done by the database. */
class DiagnosisSummaryJpaTest {

    private static final String MINUS = "\u2212";

    @RegisterExtension
    static final InMemoryDatabase db = DiagnosisPersistence.database();

    private final Assessments assessments = db.service(Assessments.class);
    private final DiagnosisSummary summary = db.service(DiagnosisSummary.class);
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

    private void pain(Patient patient, int daysAgo, int average) {
        db.run(em -> em.persist(new PainAssessment(null, patient.id(), db.now().minusDays(daysAgo), average, 9, average,
                PainType.MIXED, null, null, null, List.of(), lee.username())));
    }

    private Map<String, SummaryTile> tiles() {
        List<SummaryTile> tiles = db.call(() -> summary.tiles(
                db.guard().authorize(jane.id(), AuditAction.READ, "Patient", "chart summary")));
        return Map.of(tiles.get(0).key(), tiles.get(0), tiles.get(1).key(), tiles.get(1), tiles.get(2).key(),
                tiles.get(2), tiles.get(3).key(), tiles.get(3));
    }

    private static String date(InMemoryDatabase db, int daysAgo) {
        return db.today().minusDays(daysAgo).toString();
    }

    @Test
    void theLatestValidScoreIsComparedWithTheFirstValidOneWhateverTheOrderOfEntry() {
        record(jane, "ODI", odi(2), 10);            // 40 %, in between: not shown
        record(jane, "ODI", unscorableOdi(), 2);   // the latest, but cannot be scored
        record(jane, "ODI", unscorableOdi(), 40);  // the oldest, but cannot be scored
        record(jane, "ODI", odi(3), 30);            // 60 %: the first valid
        record(jane, "ODI", odi(1), 5);             // 20 %: the latest valid

        List<SummaryLine> function = tiles().get("function").lines();

        assertEquals(1, function.size());
        SummaryLine odi = function.get(0);
        assertEquals("20 %", odi.value());
        assertEquals(date(db, 5), odi.date());
        assertEquals(MINUS + "40 since " + date(db, 30), odi.change());
        assertTrue(odi.mcidReached());
    }

    @Test
    void aSingleResultIsItsOwnBaselineAndOtherPatientsDoNotCount() {
        Patient john = db.people().patient("John", "Roe");
        db.people().joinTeam(lee, john);
        record(john, "PHQ9", phq9(3), 60);
        record(jane, "PHQ9", phq9(0), 20);
        record(john, "PHQ9", phq9(0), 1);

        Map<String, SummaryTile> tiles = tiles();

        List<SummaryLine> mood = tiles.get("mood").lines();
        assertEquals(1, mood.size());
        assertEquals("8", mood.get(0).value());
        assertEquals("baseline", mood.get(0).change());
        assertFalse(mood.get(0).mcidReached());
        assertEquals(List.of(), tiles.get("function").lines());
        assertEquals(List.of(), tiles.get("catastrophizing").lines());
    }

    @Test
    void thePainLineComparesTheLatestStructuredAssessmentWithTheFirst() {
        pain(jane, 20, 6);
        pain(jane, 50, 8);
        pain(jane, 3, 4);
        pain(db.people().patient("John", "Roe"), 1, 10);

        List<SummaryLine> lines = tiles().get("pain").lines();

        assertEquals(1, lines.size());
        assertEquals("4/10", lines.get(0).value());
        assertEquals(MINUS + "4 since " + date(db, 50), lines.get(0).change());
        assertTrue(lines.get(0).mcidReached());
    }
}
