package org.algos.careplan.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.algos.careplan.CarePlanPersistence;
import org.algos.domain.common.ConflictException;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Education texts given to a patient, as the patient and the team see them. */
class PatientEducationJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = CarePlanPersistence.database();

    private final PatientEducation education = db.service(PatientEducation.class);

    @Test
    void unreadTextsComeFirstThenTheNewestAndATextIsGivenOnce() {
        Patient jane = db.people().patient("Jane", "Doe");
        Caller lee = db.people().physician("dr.lee", jane);
        Caller janeHerself = db.people().account(jane);
        // Given on different days, which the service (stamping "now") cannot do: written directly.
        Map<String, Integer> givenDaysAgo = Map.of("pacing", 2, "chronic-pain", 5, "sleep-and-pain", 9);
        givenDaysAgo.forEach((topic, daysAgo) -> db.run(em -> em.persist(new EducationAssignment(null, jane.id(),
                EducationCatalogue.find(topic).orElseThrow(), null, lee.username(), db.now().minusDays(daysAgo)))));
        Patient john = db.people().patient("John", "Roe");
        db.people().joinTeam(lee, john);
        db.actAs(lee);
        db.run(() -> education.assign(john.id(), "opioid-safety", null));
        assertThrows(ConflictException.class, () -> db.call(() -> education.assign(jane.id(), "pacing", "again")));
        db.actAs(janeHerself);
        long pacing = db.call(() -> education.list(jane.id())).get(0).id();

        db.run(() -> education.markRead(jane.id(), pacing));
        List<EducationAssignment> listed = db.call(() -> education.list(jane.id()));

        assertEquals(List.of("chronic-pain", "sleep-and-pain", "pacing"),
                listed.stream().map(EducationAssignment::topicCode).toList());
        assertEquals(db.now(), listed.get(2).readAt());
    }
}
