package org.algos.diagnosis.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.algos.diagnosis.instrument.Answers;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.diagnosis.instrument.Mcid;
import org.algos.diagnosis.instrument.Score;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.NewIds;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.patient.Patient;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;

/** Stores completed instruments, scored on the server, and reads them back as trends. */
@Stateless
public class Assessments {

    /** Clocks differ between a tablet and the server; a few minutes ahead is not "the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    @Inject
    private FollowUpQuestionnaires followUpQuestionnaires;

    /**
     * The requests the patient sees (JPQL on {@code q}, with {@code :today}): open from their first day; a
     * request of a procedure's outcome schedule only until its window closes, after which answers no
     * longer count for its point (the team sees it overdue instead).
     */
    static final String SHOWN = "(q.opensOn is null or q.opensOn <= :today)"
            + " and (q.procedureId is null or q.dueOn >= :today)";

    /** One assessment in its instrument's history, compared with the first valid one (the baseline). */
    public record TrendPoint(Assessment assessment, Double changeFromBaseline, boolean baseline, boolean mcidReached) {
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE})
    public Assessment record(long patientId, String instrumentCode, Map<String, Integer> answers, LocalDateTime takenAt) {
        Instrument instrument = InstrumentCatalogue.find(instrumentCode == null ? "" : instrumentCode)
                .orElseThrow(() -> InvalidInputException.of("instrument", "is not one of "
                        + InstrumentCatalogue.all().stream().map(Instrument::code).toList()));
        Caller caller = callers.current();
        if (!InstrumentPermissions.mayRecord(caller.role(), instrument.code())) {
            throw guard.refuse(patientId, AuditAction.CREATE, "Assessment/" + instrument.code(),
                    "A " + caller.role().code() + " does not record " + instrument.code() + ".");
        }
        LocalDateTime now = Clocks.nowUtc(clock);
        LocalDateTime taken = takenAt == null ? now : takenAt;
        if (taken.isAfter(now.plus(CLOCK_SKEW))) {
            throw InvalidInputException.of("takenAt", "cannot be in the future");
        }
        long id = NewIds.next(em, Assessment.class);
        AuthorizedPatient patient = guard.authorize(patientId, AuditAction.CREATE, "Assessment/" + id,
                "assessment " + id + " recorded (" + instrument.code() + ")");
        Answers given = new Answers(answers, em.find(Patient.class, patientId).sex());
        Score score = instrument.score(given);
        Assessment assessment = new Assessment(id, patientId, instrument, given, score, taken, caller.username(), now);
        em.persist(assessment);
        em.flush();
        for (String alert : score.alerts()) {
            em.persist(new SafetyAlert(patientId, assessment.id(), alert, now));
        }
        if (caller.isPatient()) {
            // The patient's own answers complete the oldest open request for this questionnaire that
            // the patient can see; one of a procedure's schedule is that procedure's follow-up.
            em.createQuery("select q from QuestionnaireAssignment q where q.patientId = :p and q.instrument = :i"
                            + " and q.completedAt is null and " + SHOWN
                            + " order by q.dueOn, q.id", QuestionnaireAssignment.class)
                    .setParameter("p", patientId).setParameter("i", instrument.code())
                    .setParameter("today", now.toLocalDate()).setMaxResults(1)
                    .getResultList().forEach(q -> {
                        q.completeWith(assessment.id(), now);
                        if (q.procedureId() != null) {
                            followUpQuestionnaires.answered(patient, q, assessment);
                        }
                    });
        }
        return assessment;
    }

    /** Asks the patient to complete a questionnaire by a date (pre-visit). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE})
    public QuestionnaireAssignment assign(long patientId, String instrumentCode, LocalDate dueOn) {
        Instrument instrument = InstrumentCatalogue.find(instrumentCode == null ? "" : instrumentCode)
                .orElseThrow(() -> InvalidInputException.of("instrument", "is not one of "
                        + InstrumentCatalogue.all().stream().map(Instrument::code).toList()));
        if (!InstrumentPermissions.mayRecord(Role.PATIENT, instrument.code())) {
            throw InvalidInputException.of("instrument", instrument.code() + " is completed by a clinician, not the patient");
        }
        if (dueOn == null || dueOn.isBefore(LocalDate.now(clock))) {
            throw InvalidInputException.of("dueOn", "is required and cannot be in the past");
        }
        long id = NewIds.next(em, QuestionnaireAssignment.class);
        guard.authorize(patientId, AuditAction.CREATE, "QuestionnaireAssignment/" + id,
                "questionnaire assignment " + id + " made (" + instrument.code() + ")");
        QuestionnaireAssignment assignment = new QuestionnaireAssignment(id, patientId, instrument.code(), dueOn,
                callers.current().username(), Clocks.nowUtc(clock));
        em.persist(assignment);
        return assignment;
    }

    /** The questionnaires the patient still has to complete, soonest due first. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<QuestionnaireAssignment> openAssignments(long patientId) {
        return openAssignments(guard.authorize(patientId, AuditAction.READ, "QuestionnaireAssignment",
                "open questionnaire assignments listed"));
    }

    /** As {@link #openAssignments(long)}, for a caller that passed the guard already (one check per page). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<QuestionnaireAssignment> openAssignments(AuthorizedPatient patient) {
        guard.confirm(patient);
        long patientId = patient.id();
        return em.createQuery("select q from QuestionnaireAssignment q where q.patientId = :p and q.completedAt is null"
                        + " and " + SHOWN + " order by q.dueOn, q.id",
                        QuestionnaireAssignment.class)
                .setParameter("p", patientId).setParameter("today", LocalDate.now(clock)).getResultList();
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<TrendPoint> history(long patientId, String instrumentCode) {
        Instrument instrument = InstrumentCatalogue.find(instrumentCode == null ? "" : instrumentCode)
                .orElseThrow(() -> InvalidInputException.of("instrument", "is not one of "
                        + InstrumentCatalogue.all().stream().map(Instrument::code).toList()));
        guard.authorize(patientId, AuditAction.READ, "Assessment/" + instrument.code(),
                instrument.code() + " history read");
        List<Assessment> rows = em.createQuery("select a from Assessment a where a.patientId = :p"
                        + " and a.instrument = :i order by a.takenAt, a.id", Assessment.class)
                .setParameter("p", patientId).setParameter("i", instrument.code()).getResultList();
        return trend(instrument.mcid(), rows);
    }

    /** One stored assessment by its id (a FHIR read), checked against its patient's record. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Assessment get(long assessmentId) {
        Assessment assessment = em.find(Assessment.class, assessmentId);
        if (assessment == null) {
            throw new NotFoundException("No assessment " + assessmentId);
        }
        guard.authorize(assessment.patientId(), AuditAction.READ, "Assessment/" + assessmentId,
                assessment.instrument() + " assessment read");
        return assessment;
    }

    /**
     * Several instruments' histories under one access check and one query, oldest first per
     * instrument, in the order the codes are given; an instrument without results has an empty list.
     */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public Map<String, List<TrendPoint>> histories(long patientId, List<String> instrumentCodes) {
        List<Instrument> instruments = instruments(instrumentCodes);
        guard.authorize(patientId, AuditAction.READ, "Assessment",
                instruments.stream().map(Instrument::code).collect(Collectors.joining(", ")) + " histories read");
        return historiesOf(patientId, instruments);
    }

    /** As {@link #histories(long, List)}, for a caller that passed the guard already (one check per page). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.BULK_EXPORT_ROLE})
    public Map<String, List<TrendPoint>> histories(AuthorizedPatient patient, List<String> instrumentCodes) {
        guard.confirm(patient);
        return historiesOf(patient.id(), instruments(instrumentCodes));
    }

    private static List<Instrument> instruments(List<String> instrumentCodes) {
        List<Instrument> instruments = new ArrayList<>();
        for (String code : instrumentCodes) {
            instruments.add(InstrumentCatalogue.find(code == null ? "" : code)
                    .orElseThrow(() -> InvalidInputException.of("instrument", "is not one of "
                            + InstrumentCatalogue.all().stream().map(Instrument::code).toList())));
        }
        return instruments;
    }

    private Map<String, List<TrendPoint>> historiesOf(long patientId, List<Instrument> instruments) {
        Map<String, List<Assessment>> byInstrument = new LinkedHashMap<>();
        instruments.forEach(i -> byInstrument.put(i.code(), new ArrayList<>()));
        if (!instruments.isEmpty()) {
            em.createQuery("select a from Assessment a where a.patientId = :p and a.instrument in :codes"
                            + " order by a.takenAt, a.id", Assessment.class)
                    .setParameter("p", patientId).setParameter("codes", List.copyOf(byInstrument.keySet()))
                    .getResultList().forEach(a -> byInstrument.get(a.instrument()).add(a));
        }
        Map<String, List<TrendPoint>> histories = new LinkedHashMap<>();
        for (Instrument instrument : instruments) {
            histories.put(instrument.code(), trend(instrument.mcid(), byInstrument.get(instrument.code())));
        }
        return histories;
    }

    /** Change from the first valid assessment; invalid ones carry no change. */
    static List<TrendPoint> trend(Optional<Mcid> mcid, List<Assessment> oldestFirst) {
        List<TrendPoint> points = new ArrayList<>(oldestFirst.size());
        Double baseline = null;
        for (Assessment a : oldestFirst) {
            if (a.changeMetric() == null) {
                points.add(new TrendPoint(a, null, false, false));
            } else if (baseline == null) {
                baseline = a.changeMetric();
                points.add(new TrendPoint(a, 0.0, true, false));
            } else {
                double change = Math.round((a.changeMetric() - baseline) * 10) / 10.0;
                double base = baseline;
                points.add(new TrendPoint(a, change, false, mcid.map(m -> m.reached(base, a.changeMetric())).orElse(false)));
            }
        }
        return points;
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.ADMIN_ROLE})
    public List<SafetyAlert> openAlerts(long patientId) {
        return openAlerts(guard.authorize(patientId, AuditAction.READ, "SafetyAlert", "open safety alerts listed"));
    }

    /** As {@link #openAlerts(long)}, for a caller that passed the guard already (one check per page). */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.ADMIN_ROLE})
    public List<SafetyAlert> openAlerts(AuthorizedPatient patient) {
        guard.confirm(patient);
        long patientId = patient.id();
        return em.createQuery("select s from SafetyAlert s where s.patientId = :p and s.acknowledgedBy is null"
                + " order by s.raisedAt, s.id", SafetyAlert.class).setParameter("p", patientId).getResultList();
    }

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PSYCHOLOGIST_ROLE})
    public SafetyAlert acknowledge(long patientId, long alertId) {
        SafetyAlert alert = em.find(SafetyAlert.class, alertId);
        if (alert == null || alert.patientId() != patientId) {
            throw new NotFoundException("No safety alert " + alertId + " for patient " + patientId);
        }
        guard.authorize(patientId, AuditAction.UPDATE, "SafetyAlert/" + alertId,
                "safety alert " + alertId + " acknowledged");
        if (!alert.acknowledge(callers.current().username(), Clocks.nowUtc(clock))) {
            throw new ConflictException("This alert was already acknowledged by " + alert.acknowledgedBy()
                    + " at " + alert.acknowledgedAt() + " UTC.");
        }
        return alert;
    }
}
