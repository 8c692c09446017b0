package org.algos.careplan.web.portal;

import java.util.Map;
import org.algos.careplan.plan.Discipline;
import org.algos.careplan.plan.GoalStatus;
import org.algos.careplan.plan.ModalityStatus;

/** The care plan's codes in the words the patient's pages use. */
final class PatientWords {

    private static final Map<GoalStatus, String> GOAL = Map.of(
            GoalStatus.NOT_STARTED, "Not started yet",
            GoalStatus.IN_PROGRESS, "Working on it",
            GoalStatus.ACHIEVED, "Achieved",
            GoalStatus.NOT_ACHIEVED, "Not reached; your team will review it with you");

    private static final Map<ModalityStatus, String> MODALITY = Map.of(
            ModalityStatus.PLANNED, "Planned",
            ModalityStatus.ACTIVE, "Under way",
            ModalityStatus.ON_HOLD, "Paused",
            ModalityStatus.COMPLETED, "Finished",
            ModalityStatus.STOPPED, "Stopped");

    private static final Map<Discipline, String> DISCIPLINE = Map.of(
            Discipline.PHYSIOTHERAPY, "Physiotherapy",
            Discipline.CBT, "Cognitive behavioural therapy (CBT)",
            Discipline.ACUPUNCTURE, "Acupuncture",
            Discipline.MASSAGE, "Massage",
            Discipline.PHARMACOTHERAPY, "Medicines",
            Discipline.EDUCATION, "Education",
            Discipline.INTERVENTIONAL, "Procedures such as nerve blocks or injections",
            Discipline.OTHER, "Other");

    private PatientWords() {
    }

    static String goal(GoalStatus status) {
        return GOAL.get(status);
    }

    static String modality(ModalityStatus status) {
        return MODALITY.get(status);
    }

    static String discipline(Discipline discipline) {
        return DISCIPLINE.get(discipline);
    }
}
