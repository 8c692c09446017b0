package org.algos.careplan.preference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.algos.careplan.CarePlanPersistence;
import org.algos.domain.common.ConflictException;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a patient states for shared decisions, as the care team reads it back. */
class PatientPreferencesJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = CarePlanPersistence.database();

    private final PatientPreferences preferences = db.service(PatientPreferences.class);

    @Test
    void theTeamReadsWhatThePatientStatedAndAStaleSaveIsRefused() {
        Patient jane = db.people().patient("Jane", "Doe");
        Caller lee = db.people().physician("dr.lee", jane);
        Caller janeHerself = db.people().account(jane);
        db.actAs(janeHerself);
        assertEquals(Optional.empty(), db.call(() -> preferences.read(jane.id())));

        db.run(() -> preferences.state(jane.id(), PatientPreferences.NOTHING_STATED, new PatientPreferences.Entry(
                "share", List.of("surgery", "opioids"), null, "Walking my dog", "text-message", null)));
        assertThrows(ConflictException.class, () -> db.call(() -> preferences.state(jane.id(),
                PatientPreferences.NOTHING_STATED, new PatientPreferences.Entry("team-decides", List.of(), null, null,
                        null, null))));
        db.actAs(lee);

        DecisionPreferences stated = db.call(() -> preferences.read(jane.id())).orElseThrow();
        assertEquals(Involvement.SHARE, stated.involvement());
        assertEquals(Set.of(TreatmentToAvoid.OPIOIDS, TreatmentToAvoid.SURGERY), stated.avoid());
        assertEquals("Walking my dog", stated.whatMatters());
        assertEquals(ContactChannel.TEXT_MESSAGE, stated.preferredContact());
        assertEquals(janeHerself.username(), stated.updatedBy());
    }
}
