package org.algos.careplan.web.portal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.algos.careplan.plan.Discipline;
import org.algos.careplan.plan.GoalStatus;
import org.algos.careplan.plan.ModalityStatus;
import org.junit.jupiter.api.Test;

class PatientWordsTest {

    @Test
    void everyPlanCodeHasWordsForThePatient() {
        for (GoalStatus s : GoalStatus.values()) {
            assertNotNull(PatientWords.goal(s), s.name());
        }
        for (ModalityStatus s : ModalityStatus.values()) {
            assertNotNull(PatientWords.modality(s), s.name());
        }
        for (Discipline d : Discipline.values()) {
            assertNotNull(PatientWords.discipline(d), d.name());
        }
    }
}
