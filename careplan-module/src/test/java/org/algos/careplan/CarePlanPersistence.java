package org.algos.careplan;

import org.algos.careplan.conference.CaseConference;
import org.algos.careplan.conference.CaseConferenceInput;
import org.algos.careplan.diary.DiaryEntry;
import org.algos.careplan.education.ClinicText;
import org.algos.careplan.education.EducationAssignment;
import org.algos.careplan.medication.MedicationStatement;
import org.algos.careplan.medication.OpioidSafetyRecord;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanGoal;
import org.algos.careplan.plan.CarePlanModality;
import org.algos.careplan.plan.CarePlanTask;
import org.algos.careplan.plan.GoalProgressNote;
import org.algos.careplan.preference.DecisionPreferences;
import org.algos.careplan.psych.PsychEvaluation;
import org.algos.domain.testkit.InMemoryDatabase;

/** The care-plan module's tables and entities for the JPA tests. */
public final class CarePlanPersistence {

    private CarePlanPersistence() {
    }

    public static InMemoryDatabase database() {
        return InMemoryDatabase.forModule("careplan", PsychEvaluation.class, MedicationStatement.class,
                CarePlan.class, CarePlanGoal.class, GoalProgressNote.class, CarePlanModality.class, CarePlanTask.class,
                CaseConference.class, CaseConferenceInput.class, DiaryEntry.class, OpioidSafetyRecord.class,
                EducationAssignment.class, ClinicText.class, DecisionPreferences.class);
    }
}
