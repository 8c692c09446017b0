package org.algos.careplan.conference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanStatus;
import org.algos.careplan.plan.CarePlanTask;
import org.algos.careplan.plan.TaskInput;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.careteam.CareTeam;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.NewIds;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.user.Role;

/**
 * Case conferences of a patient's care team. Any clinician on the team records one; its attendees
 * are members of the team, and the tasks it decides on are created on the patient's active care
 * plan, assigned to members of the team.
 */
@Stateless
public class CaseConferences {

    static final int MAX_TEXT = 4000;
    static final int MAX_TASKS = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private CareTeam careTeam;

    @Inject
    private Clock clock;

    /** A conference as entered: inputs by discipline code (physician, nurse, physiotherapist, psychologist). */
    public record Entry(String date, List<String> attendees, Map<String, String> inputs, String decisions,
                        List<TaskInput.Entry> tasks) {
    }

    /** A conference with each discipline's input (in discipline order) and the tasks it created. */
    public record Recorded(CaseConference conference, Map<Role, String> inputs, List<CarePlanTask> tasks) {
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE})
    public Recorded record(long patientId, Entry entry) {
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors();
        LocalDate heldOn = errors.requiredDate("date", entry.date());
        if (heldOn != null && heldOn.isAfter(today)) {
            errors.add("date", "cannot be in the future: record a conference once it was held");
        }
        Set<String> attendees = new LinkedHashSet<>();
        for (String attendee : entry.attendees() == null ? List.<String>of() : entry.attendees()) {
            if (attendee != null && !attendee.isBlank()) {
                attendees.add(attendee.strip());
            }
        }
        if (attendees.isEmpty()) {
            errors.add("attendees", "name at least one member of the care team");
        }
        Map<Role, String> inputs = inputs(entry.inputs(), errors);
        String decisions = entry.decisions() == null || entry.decisions().isBlank() ? null
                : errors.requiredText("decisions", entry.decisions(), MAX_TEXT);
        List<TaskInput.Entry> given = entry.tasks() == null ? List.of() : entry.tasks();
        if (given.size() > MAX_TASKS) {
            errors.add("tasks", "at most " + MAX_TASKS + " tasks per conference");
        }
        List<TaskInput.Checked> tasks = new ArrayList<>();
        for (int i = 0; i < given.size() && i < MAX_TASKS; i++) {
            tasks.add(TaskInput.check("tasks[" + i + "].", given.get(i), today, errors));
        }
        errors.throwIfAny();
        long id = NewIds.next(em, CaseConference.class);
        guard.authorize(patientId, AuditAction.CREATE, "CaseConference/" + id, "case conference " + id + " recorded, "
                + attendees.size() + " attendees, " + tasks.size() + " tasks");
        List<String> strangers = attendees.stream().filter(u -> !careTeam.isMember(patientId, u)).toList();
        if (!strangers.isEmpty()) {
            errors.add("attendees", String.join(", ", strangers) + " not on the patient's care team");
        }
        for (int i = 0; i < tasks.size(); i++) {
            String assignee = tasks.get(i).assignee();
            if (!careTeam.isMember(patientId, assignee)) {
                errors.add("tasks[" + i + "].assignee", assignee + " is not on the patient's care team");
            }
        }
        errors.throwIfAny();
        Optional<CarePlan> activePlan = activePlan(patientId);
        if (!tasks.isEmpty() && activePlan.isEmpty()) {
            throw new ConflictException("The patient has no active care plan to put the conference's tasks on;"
                    + " activate one first.");
        }
        String recordedBy = callers.current().username();
        LocalDateTime now = Clocks.nowUtc(clock);
        CaseConference conference = new CaseConference(id, patientId, activePlan.map(CarePlan::id).orElse(null),
                heldOn, List.copyOf(attendees), decisions, recordedBy, now);
        em.persist(conference);
        em.flush(); // inputs and tasks refer to the conference by id only
        inputs.forEach((discipline, text) -> em.persist(new CaseConferenceInput(conference, discipline, text)));
        List<CarePlanTask> created = tasks.stream().map(t -> new CarePlanTask(null, activePlan.orElseThrow(),
                conference.id(), t.title(), t.assignee(), t.dueDate(), recordedBy, now)).toList();
        created.forEach(em::persist);
        em.flush();
        return new Recorded(conference, inputs, created);
    }

    /** The patient's conferences, latest first: three queries whatever their number. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.ADMIN_ROLE})
    public List<Recorded> list(long patientId) {
        guard.authorize(patientId, AuditAction.READ, "CaseConference", "case conferences listed");
        return withParts(em.createQuery("select c from CaseConference c where c.patientId = :p"
                + " order by c.heldOn desc, c.id desc", CaseConference.class).setParameter("p", patientId)
                .getResultList());
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.ADMIN_ROLE})
    public Recorded get(long patientId, long conferenceId) {
        guard.authorize(patientId, AuditAction.READ, "CaseConference/" + conferenceId,
                "case conference " + conferenceId + " read");
        CaseConference conference = em.find(CaseConference.class, conferenceId);
        if (conference == null || conference.patientId() != patientId) {
            throw new NotFoundException("No case conference " + conferenceId + " for patient " + patientId);
        }
        return withParts(List.of(conference)).get(0);
    }

    /** One conference by its id alone (a FHIR Communication read), checked against its patient's record. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.ADMIN_ROLE})
    public Recorded get(long conferenceId) {
        CaseConference conference = em.find(CaseConference.class, conferenceId);
        if (conference == null) {
            throw new NotFoundException("No case conference " + conferenceId);
        }
        return get(conference.patientId(), conferenceId);
    }

    /**
     * As {@link #list(long)}, for a caller that passed the guard already ({@code Patient/$everything}).
     * A patient gets none: the conference is the team's discussion, as the team's tasks are.
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public List<Recorded> list(AuthorizedPatient patient) {
        guard.confirm(patient);
        if (callers.current().isPatient()) {
            return List.of();
        }
        return withParts(em.createQuery("select c from CaseConference c where c.patientId = :p"
                + " order by c.heldOn desc, c.id desc", CaseConference.class).setParameter("p", patient.id())
                .getResultList());
    }

    private Optional<CarePlan> activePlan(long patientId) {
        return em.createQuery("select c from CarePlan c where c.patientId = :p and c.status = :active", CarePlan.class)
                .setParameter("p", patientId).setParameter("active", CarePlanStatus.ACTIVE)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    private List<Recorded> withParts(List<CaseConference> conferences) {
        if (conferences.isEmpty()) {
            return List.of();
        }
        List<Long> ids = conferences.stream().map(CaseConference::id).toList();
        Map<Long, List<CaseConferenceInput>> inputs = em.createQuery(
                        "select i from CaseConferenceInput i where i.conferenceId in :ids", CaseConferenceInput.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(CaseConferenceInput::conferenceId));
        Map<Long, List<CarePlanTask>> tasks = em.createQuery("select t from CarePlanTask t"
                        + " where t.caseConferenceId in :ids order by t.dueDate, t.id", CarePlanTask.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(CarePlanTask::caseConferenceId));
        return conferences.stream().map(c -> {
            Map<Role, String> byDiscipline = new EnumMap<>(Role.class);
            inputs.getOrDefault(c.id(), List.of()).stream()
                    .sorted(Comparator.comparing(CaseConferenceInput::discipline))
                    .forEach(i -> byDiscipline.put(i.discipline(), i.text()));
            return new Recorded(c, byDiscipline, tasks.getOrDefault(c.id(), List.of()));
        }).toList();
    }

    /** Inputs keyed by a clinical discipline's code; blank inputs are left out. */
    static Map<Role, String> inputs(Map<String, String> given, FieldErrors errors) {
        Map<Role, String> inputs = new EnumMap<>(Role.class);
        if (given == null) {
            return inputs;
        }
        given.forEach((key, text) -> {
            Optional<Role> discipline = Role.fromCode(key == null ? "" : key.strip().toLowerCase(Locale.ROOT)).filter(Role::isClinician);
            if (discipline.isEmpty()) {
                errors.add("inputs." + key, "is not a discipline: use physician, nurse, physiotherapist or psychologist");
            } else if (text != null && !text.isBlank()) {
                String checked = errors.requiredText("inputs." + key, text, MAX_TEXT);
                if (checked != null) {
                    inputs.put(discipline.get(), checked);
                }
            }
        });
        return inputs;
    }
}
