package org.algos.careplan.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.algos.careplan.CarePlanPersistence;
import org.algos.domain.common.Page;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The patient's diary as written by the patient and paged for the team. */
class PainDiaryJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = CarePlanPersistence.database();

    private final PainDiary diary = db.service(PainDiary.class);
    private Patient jane;
    private Caller janeHerself;
    private Caller lee;

    @BeforeEach
    void aPatientWithHerAccountAndPhysician() {
        jane = db.people().patient("Jane", "Doe");
        janeHerself = db.people().account(jane);
        lee = db.people().physician("dr.lee", jane);
    }

    private void write(Caller patient, int daysAgo, int pain) {
        db.actAs(patient);
        db.run(() -> diary.write(patient.ownPatientId(), new PainDiary.Day(db.today().minusDays(daysAgo).toString(), pain,
                7.5, 30, null, null)));
    }

    @Test
    void theDiaryIsReadNewestDayFirstPagedWithTheFullTotal() {
        for (int daysAgo : new int[] {3, 0, 4, 1, 2}) {
            write(janeHerself, daysAgo, daysAgo + 2);
        }
        Patient john = db.people().patient("John", "Roe");
        write(db.people().account(john), 0, 9);
        db.actAs(lee);

        Page<DiaryEntry> first = db.call(() -> diary.read(jane.id(), 0, 2));
        Page<DiaryEntry> last = db.call(() -> diary.read(jane.id(), 2, 2));

        assertEquals(List.of(db.today(), db.today().minusDays(1)), first.items().stream().map(DiaryEntry::day).toList());
        assertEquals(List.of(db.today().minusDays(4)), last.items().stream().map(DiaryEntry::day).toList());
        assertEquals(List.of(5L, 5L), List.of(first.total(), last.total()));
    }

    @Test
    void writingTheSameDayAgainCorrectsTheEntryInsteadOfAddingOne() {
        write(janeHerself, 1, 6);
        write(janeHerself, 1, 3);
        db.actAs(lee);

        Page<DiaryEntry> read = db.call(() -> diary.read(jane.id(), 0, 10));

        assertEquals(1, read.total());
        assertEquals(3, read.items().get(0).pain());
    }
}
