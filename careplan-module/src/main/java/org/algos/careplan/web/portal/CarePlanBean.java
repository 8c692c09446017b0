package org.algos.careplan.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanStatus;
import org.algos.careplan.plan.CarePlans;
import org.algos.domain.careteam.CareTeam;
import org.algos.domain.patient.PatientRegistry;
import org.algos.domain.port.ProblemList;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PatientRow;
import org.algos.web.kit.portal.PortalUser;
import org.algos.web.kit.portal.Shown;

/**
 * The care-plan editor: a plan's title, status and problems (linked to the patient's diagnoses),
 * SMART goals with progress notes, modalities by discipline and team tasks. This bean holds the
 * page (patient, plan, team) and the plan form; the goals, modalities and tasks forms are beans
 * of their own that this one hands their part of each read. The page offers each user the parts
 * their role may change (the physician the plan itself, each discipline its own modalities); the
 * services enforce the same. A change that meets someone else's newer save is refused with a
 * message, and what the user typed stays in the form until they reload.
 */
@Named
@ViewScoped
public class CarePlanBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> PLAN_LABELS = Map.of("title", "Title", "status", "Status",
            "problems", "Problems");

    @Inject
    private PatientRegistry patients;

    @Inject
    private CareTeam careTeam;

    @Inject
    private ProblemList problemList;

    @Inject
    private CarePlans carePlans;

    @Inject
    private PortalUser user;

    @Inject
    private Clock clock;

    @Inject
    private CarePlanGoalsForm goalsForm;

    @Inject
    private CarePlanModalitiesForm modalitiesForm;

    @Inject
    private CarePlanTasksForm tasksForm;

    private Long patientId;
    private Long planId;
    private String patientName;
    private boolean ready;
    private List<TeamMemberChoice> team = List.of();
    private List<String> diagnosisProblems = List.of();
    private List<CarePlansSectionBean.Row> plans = List.of();

    private CarePlanStatus planStatusRead;
    private long planVersion;
    private String owner;
    private String updated;
    private String savedTitle;
    private List<String> savedProblems = List.of();
    private String title;
    private String status;
    private List<String> linkedProblems = new ArrayList<>();
    private String otherProblems;

    @Transactional
    public void load() {
        if (patientId == null) {
            Messages.error("No patient was chosen.");
            return;
        }
        if (!user.isClinician()) {
            Messages.error("The care-plan editor is for the care team.");
            return;
        }
        ready = ChartSection.attempt(() -> {
            PatientRegistry.Opened opened = patients.open(patientId);
            patientName = PatientRow.of(opened.patient()).name();
            team = careTeam.members(patientId).stream().map(TeamMemberChoice::of).toList();
            diagnosisProblems = problemList.problemsOf(opened.access()).stream()
                    .map(d -> PlanProblems.ofDiagnosis(d.code(), d.title())).distinct().toList();
            if (planId == null) {
                plans = carePlans.list(patientId).stream().map(CarePlansSectionBean.Row::of).toList();
                status = CarePlanStatus.DRAFT.code();
            } else {
                readPlan();
            }
        });
    }

    /** Reads the plan with all its parts and puts them in the forms, discarding what was typed. */
    private void readPlan() {
        CarePlans.Detail detail = carePlans.detail(patientId, planId);
        CarePlan plan = detail.plan();
        planVersion = plan.version();
        planStatusRead = plan.status();
        owner = plan.owner();
        updated = Shown.dateTime(plan.updatedAt()) + " by " + plan.updatedBy();
        title = plan.title();
        savedTitle = plan.title();
        savedProblems = plan.problems();
        status = plan.status().code();
        PlanProblems.Split split = PlanProblems.split(plan.problems(), Set.copyOf(diagnosisProblems));
        linkedProblems = new ArrayList<>(split.linked());
        otherProblems = split.others();
        goalsForm.show(detail.goals(), detail.progress());
        modalitiesForm.show(detail.modalities(), plan.status().isOpen());
        tasksForm.show(detail.tasks());
    }

    /** After a form saved: every form shows the plan as it is now stored. */
    public void readPlanAgain() {
        ChartSection.attempt(this::readPlan);
    }

    /** Reloads the plan as saved, discarding unsaved input (after a conflict). */
    public void reload() {
        if (ChartSection.attempt(this::readPlan)) {
            Messages.info("Reloaded the care plan as it was last saved.");
        }
    }

    /** Creates the plan (then opens it) or saves the changed title, status and problems. */
    public String savePlan() {
        List<String> problems = PlanProblems.join(linkedProblems, otherProblems);
        if (planId == null) {
            CarePlan[] created = new CarePlan[1];
            boolean ok = ChartSection.attempt(() -> created[0] = carePlans.create(patientId,
                    new CarePlans.Entry(title, problems, status)), PLAN_LABELS);
            if (!ok) {
                return null;
            }
            Messages.infoAfterRedirect("Care plan \"" + created[0].title() + "\" created as " + created[0].status().code()
                    + ".");
            return "/app/careplan?faces-redirect=true&patient=" + patientId + "&plan=" + created[0].id();
        }
        String newStatus = status == null || status.equals(planStatusRead.code()) ? null : status;
        boolean ok = ChartSection.attempt(() -> carePlans.revise(patientId, planId, planVersion,
                new CarePlans.Entry(title, problems, newStatus)), PLAN_LABELS);
        if (ok) {
            Messages.info("Care plan saved.");
            readPlanAgain();
        }
        return null;
    }

    public boolean isReady() {
        return ready;
    }

    public boolean isEditing() {
        return ready && planId != null;
    }

    public boolean isOpen() {
        return planStatusRead == null || planStatusRead.isOpen();
    }

    /** The physician owns the plan: only a physician creates it and changes title, status and problems. */
    public boolean isMayEditPlan() {
        return user.isPhysician() && isOpen();
    }

    /** For a new plan: draft or active; for a saved one: the statuses it may move to, its own first. */
    public List<String> getStatusChoices() {
        if (planStatusRead == null) {
            return CarePlanStatus.initial().stream().sorted().map(CarePlanStatus::code).toList();
        }
        Set<String> choices = new LinkedHashSet<>();
        choices.add(planStatusRead.code());
        Arrays.stream(CarePlanStatus.values()).filter(planStatusRead::canBecome).map(CarePlanStatus::code)
                .forEach(choices::add);
        return List.copyOf(choices);
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public String getProblemsText() {
        return String.join("; ", savedProblems);
    }

    public String getSavedTitle() {
        return savedTitle;
    }

    public String getTeamNames() {
        return team.stream().map(TeamMemberChoice::label).collect(Collectors.joining(", "));
    }

    public Long getPatientId() {
        return patientId;
    }

    public void setPatientId(Long patientId) {
        this.patientId = patientId;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public String getPatientName() {
        return patientName;
    }

    public List<TeamMemberChoice> getTeam() {
        return team;
    }

    public List<String> getDiagnosisProblems() {
        return diagnosisProblems;
    }

    public List<CarePlansSectionBean.Row> getPlans() {
        return plans;
    }

    public String getPlanStatus() {
        return planStatusRead == null ? "" : planStatusRead.code();
    }

    public String getOwner() {
        return owner;
    }

    public String getUpdated() {
        return updated;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<String> getLinkedProblems() {
        return linkedProblems;
    }

    public void setLinkedProblems(List<String> linkedProblems) {
        this.linkedProblems = linkedProblems;
    }

    public String getOtherProblems() {
        return otherProblems;
    }

    public void setOtherProblems(String otherProblems) {
        this.otherProblems = otherProblems;
    }
}
