package org.algos.careplan.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.algos.careplan.conference.CaseConferences;
import org.algos.careplan.plan.CarePlanStatus;
import org.algos.careplan.plan.CarePlans;
import org.algos.careplan.plan.TaskInput;
import org.algos.domain.careteam.CareTeam;
import org.algos.domain.patient.PatientRegistry;
import org.algos.domain.user.Role;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PatientRow;
import org.algos.web.kit.portal.PortalUser;
import org.algos.web.kit.portal.Shown;

/**
 * Case conferences: the team's meetings about a patient, each with its date, attendees, each
 * discipline's input, the decisions and the tasks it put on the active care plan; and the form
 * that records one. The patient is chosen from the caller's accessible patients.
 */
@Named
@ViewScoped
public class ConferenceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String SEPARATOR = " · #";
    private static final int SUGGESTIONS = 10;

    /** The disciplines that give input, in the order of the form. */
    static final List<Role> DISCIPLINES = List.of(Role.PHYSICIAN, Role.NURSE, Role.PHYSIOTHERAPIST, Role.PSYCHOLOGIST);

    private static final Map<String, String> FIELD_LABELS = fieldLabels();

    /** A recorded conference as the page lists it. */
    public record ConferenceRow(long id, String date, String attendees, List<Input> inputs, String decisions,
                                List<String> tasks, String recordedBy) implements Serializable {
    }

    /** One discipline's input. */
    public record Input(String discipline, String text) implements Serializable {
    }

    /** A task being entered on the form. */
    public static final class TaskDraft implements Serializable {

        private static final long serialVersionUID = 1L;

        private String title;
        private String assignee;
        private LocalDate dueDate;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getAssignee() {
            return assignee;
        }

        public void setAssignee(String assignee) {
            this.assignee = assignee;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }
    }

    @Inject
    private PatientRegistry patients;

    @Inject
    private CareTeam careTeam;

    @Inject
    private CaseConferences conferences;

    @Inject
    private CarePlans carePlans;

    @Inject
    private PortalUser user;

    @Inject
    private Clock clock;

    private Long patientId;
    private String patientName;
    private String patientChoice;
    private boolean ready;
    private List<TeamMemberChoice> team = List.of();
    private String activePlanTitle;
    private List<ConferenceRow> rows = List.of();

    private LocalDate date;
    private List<String> attendees = new ArrayList<>();
    private final Map<String, String> inputs = new LinkedHashMap<>();
    private String decisions;
    private List<TaskDraft> tasks = new ArrayList<>();

    public void load() {
        if (!user.isClinician()) {
            Messages.error("Case conferences are the care team's meetings.");
            return;
        }
        date = LocalDate.now(clock);
        if (patientId == null) {
            return;
        }
        ready = ChartSection.attempt(() -> {
            patientName = PatientRow.of(patients.open(patientId).patient()).name();
            team = careTeam.members(patientId).stream().map(TeamMemberChoice::of).toList();
            activePlanTitle = carePlans.list(patientId).stream().filter(p -> p.status() == CarePlanStatus.ACTIVE)
                    .map(p -> p.title()).findFirst().orElse(null);
            readConferences();
        });
        if (ready && team.stream().anyMatch(c -> c.value().equals(user.getCaller().username()))) {
            attendees = new ArrayList<>(List.of(user.getCaller().username()));
        }
    }

    private void readConferences() {
        rows = conferences.list(patientId).stream().map(r -> new ConferenceRow(r.conference().id(),
                Shown.date(r.conference().heldOn()), String.join(", ", r.conference().attendees()),
                r.inputs().entrySet().stream().map(e -> new Input(e.getKey().code(), e.getValue())).toList(),
                r.conference().decisions() == null ? "" : r.conference().decisions(),
                r.tasks().stream().map(t -> t.title() + " → " + t.assignee() + ", due " + Shown.date(t.dueDate())
                        + " (" + t.status().code() + ")").toList(),
                r.conference().recordedBy())).toList();
    }

    /** Suggestions for the patient field, as "Doe, Jane (DEMO-0001) · #1". */
    public List<String> completePatient(String text) {
        List<String> found = new ArrayList<>();
        ChartSection.attempt(() -> patients.search(text, 0, SUGGESTIONS).items().stream()
                .map(PatientRow::of).forEach(p -> found.add(p.name() + " (" + p.mrn() + ")" + SEPARATOR + p.id())));
        return found;
    }

    /** Opens the conferences of the patient chosen in the field. */
    public String choosePatient() {
        int at = patientChoice == null ? -1 : patientChoice.lastIndexOf(SEPARATOR);
        if (at < 0) {
            Messages.error("Patient: choose a patient from the list.");
            return null;
        }
        return "/app/conference?faces-redirect=true&patient=" + patientChoice.substring(at + SEPARATOR.length());
    }

    public void addTaskRow() {
        tasks.add(new TaskDraft());
    }

    public void removeTaskRow(TaskDraft task) {
        tasks.remove(task);
    }

    /** Records the conference; when it is refused (no active plan for its tasks, …) the form keeps what was typed. */
    public void record() {
        Map<String, String> given = new LinkedHashMap<>();
        inputs.forEach((discipline, text) -> {
            if (text != null && !text.isBlank()) {
                given.put(discipline, text);
            }
        });
        List<TaskInput.Entry> entries = tasks.stream().map(t -> new TaskInput.Entry(t.getTitle(), t.getAssignee(),
                t.getDueDate() == null ? null : t.getDueDate().toString())).toList();
        CaseConferences.Recorded[] recorded = new CaseConferences.Recorded[1];
        boolean ok = ChartSection.attempt(() -> recorded[0] = conferences.record(patientId, new CaseConferences.Entry(
                date == null ? null : date.toString(), List.copyOf(attendees), given, decisions, entries)),
                FIELD_LABELS);
        if (ok) {
            int count = recorded[0].tasks().size();
            Messages.info("Case conference of " + recorded[0].conference().heldOn() + " recorded"
                    + (count == 0 ? "." : " with " + count + (count == 1 ? " task" : " tasks") + " on the care plan."));
            inputs.clear();
            decisions = null;
            tasks = new ArrayList<>();
            ChartSection.attempt(this::readConferences);
        }
    }

    private static Map<String, String> fieldLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("date", "Date");
        labels.put("attendees", "Attendees");
        labels.put("decisions", "Decisions");
        labels.put("tasks", "Tasks");
        for (Role discipline : DISCIPLINES) {
            labels.put("inputs." + discipline.code(), "Input of the " + discipline.code());
        }
        for (int i = 0; i < 20; i++) {
            labels.put("tasks[" + i + "].title", "Task " + (i + 1) + ", title");
            labels.put("tasks[" + i + "].assignee", "Task " + (i + 1) + ", assigned to");
            labels.put("tasks[" + i + "].dueDate", "Task " + (i + 1) + ", due date");
        }
        return Map.copyOf(labels);
    }

    public boolean isShown() {
        return user.isClinician();
    }

    public boolean isReady() {
        return ready;
    }

    public List<String> getDisciplines() {
        return DISCIPLINES.stream().map(Role::code).toList();
    }

    public Map<String, String> getInputs() {
        return inputs;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public Long getPatientId() {
        return patientId;
    }

    public void setPatientId(Long patientId) {
        this.patientId = patientId;
    }

    public String getPatientName() {
        return patientName;
    }

    public String getPatientChoice() {
        return patientChoice;
    }

    public void setPatientChoice(String patientChoice) {
        this.patientChoice = patientChoice;
    }

    public List<TeamMemberChoice> getTeam() {
        return team;
    }

    public String getActivePlanTitle() {
        return activePlanTitle;
    }

    public List<ConferenceRow> getRows() {
        return rows;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public List<String> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<String> attendees) {
        this.attendees = attendees;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public List<TaskDraft> getTasks() {
        return tasks;
    }
}
