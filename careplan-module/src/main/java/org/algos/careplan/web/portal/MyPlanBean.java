package org.algos.careplan.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanGoal;
import org.algos.careplan.plan.CarePlanModality;
import org.algos.careplan.plan.CarePlanStatus;
import org.algos.careplan.plan.CarePlans;
import org.algos.careplan.plan.GoalProgressNote;
import org.algos.careplan.plan.ShownPlan;
import org.algos.domain.careteam.CareTeam;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.OwnRecord;
import org.algos.web.kit.portal.Shown;

/**
 * The patient's plan, read-only and in plain words: the active plan's goals with their progress
 * notes, and its treatments by discipline. A plan the team is still drafting is not shown; when
 * no plan is active, the most recent closed one is.
 */
@Named
@ViewScoped
public class MyPlanBean extends OwnRecord {

    private static final long serialVersionUID = 1L;

    /** A goal as the patient reads it. */
    public record Goal(String description, String measure, String target, String status, List<String> progress)
            implements Serializable {
    }

    /** A treatment of the plan. */
    public record Treatment(String discipline, String details, String frequency, String status, String withWhom)
            implements Serializable {
    }

    @Inject
    private CarePlans plans;

    @Inject
    private CareTeam careTeam;

    private String title;
    private String planNote;
    private List<String> problems = List.of();
    private List<Goal> goals = List.of();
    private List<Treatment> treatments = List.of();
    private boolean drafting;

    @PostConstruct
    void load() {
        Long patientId = ownPatientId();
        if (patientId != null) {
            ChartSection.attempt(() -> load(patientId));
        }
    }

    private void load(long patientId) {
        List<CarePlan> all = plans.list(patientId);
        Optional<CarePlan> shown = ShownPlan.of(all);
        if (shown.isEmpty()) {
            drafting = all.stream().anyMatch(p -> p.status() == CarePlanStatus.DRAFT);
            return;
        }
        CarePlans.Detail detail = plans.detail(patientId, shown.get().id());
        CarePlan plan = detail.plan();
        title = plan.title();
        problems = plan.problems();
        planNote = switch (plan.status()) {
            case ACTIVE -> null;
            case COMPLETED -> "This plan was completed on " + Shown.date(plan.updatedAt().toLocalDate()) + ".";
            default -> "This plan was stopped on " + Shown.date(plan.updatedAt().toLocalDate()) + ".";
        };
        Map<String, String> names = new HashMap<>();
        careTeam.members(patientId).forEach(m -> names.put(m.username(), m.displayName()));
        goals = detail.goals().stream()
                .map(g -> goal(g, detail.progress().getOrDefault(g.id(), List.of()))).toList();
        treatments = detail.modalities().stream().map(m -> treatment(m, names)).toList();
    }

    public static Goal goal(CarePlanGoal g, List<GoalProgressNote> notes) {
        return new Goal(g.description(), g.measure(),
                g.targetValue() + " by " + Shown.date(g.targetDate()), PatientWords.goal(g.status()),
                notes.stream().map(n -> Shown.date(n.notedOn()) + ": " + n.note()).toList());
    }

    public static Treatment treatment(CarePlanModality m, Map<String, String> names) {
        return new Treatment(PatientWords.discipline(m.discipline()), m.details() == null ? "" : m.details(),
                m.frequency(), PatientWords.modality(m.status()), names.getOrDefault(m.responsible(), m.responsible()));
    }

    public boolean isShown() {
        return title != null;
    }

    public boolean isDrafting() {
        return drafting;
    }

    public String getTitle() {
        return title;
    }

    public String getPlanNote() {
        return planNote;
    }

    public List<String> getProblems() {
        return problems;
    }

    public List<Goal> getGoals() {
        return goals;
    }

    public List<Treatment> getTreatments() {
        return treatments;
    }
}
