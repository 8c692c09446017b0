package org.algos.diagnosis.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.CallerContext;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.Page;
import org.algos.domain.patient.Patient;
import org.algos.domain.port.FollowUpRequests;
import org.algos.domain.port.ProcedureFollowUps;
import org.algos.domain.user.Caller;
import org.algos.domain.user.Role;

/**
 * The questionnaires of procedures' outcome schedules: made when a procedure is completed, shown
 * to the patient from the day they open, and, once answered, handed back to the intervention
 * module as the procedure's follow-up at that point, with the function score's change from the
 * patient's last one before the procedure and whether it reached the instrument's MCID.
 */
@Stateless
@LocalBean
@Local(FollowUpRequests.class) // offered to the intervention module through the domain port
public class FollowUpQuestionnaires implements FollowUpRequests {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    @Inject
    private Instance<ProcedureFollowUps> followUps;

    @Inject
    private AuditTrail audit;

    @Override
    @PermitAll
    public void schedule(AuthorizedPatient patient, long procedureId, List<Request> requests) {
        guard.confirm(patient);
        String by = callers.current().username();
        LocalDateTime now = Clocks.nowUtc(clock);
        for (Request request : requests) {
            Instrument instrument = InstrumentCatalogue.find(request.instrument()).orElseThrow(
                    () -> new IllegalArgumentException("No questionnaire " + request.instrument()));
            if (!InstrumentPermissions.mayRecord(Role.PATIENT, instrument.code())) {
                throw new IllegalArgumentException(instrument.code() + " is not completed by the patient");
            }
            em.persist(QuestionnaireAssignment.forProcedure(patient.id(), instrument.code(), request.opensOn(),
                    request.dueOn(), procedureId, request.point(), by, now));
        }
    }

    @Override
    @PermitAll
    public int withdraw(AuthorizedPatient patient, long procedureId) {
        guard.confirm(patient);
        return em.createQuery("delete from QuestionnaireAssignment q where q.patientId = :p and q.procedureId = :r"
                        + " and q.completedAt is null")
                .setParameter("p", patient.id()).setParameter("r", procedureId).executeUpdate();
    }

    /** An overdue follow-up of a patient on the caller's care team. */
    public record Overdue(QuestionnaireAssignment request, String patientName, String mrn) {
    }

    /** Follow-ups whose window has closed unanswered, of the patients on the caller's care teams (the worklist's). */
    private static final String OVERDUE = " from QuestionnaireAssignment q, Patient p where p.id = q.patientId"
            + " and q.procedureId is not null and q.completedAt is null and q.dueOn < :today"
            + " and q.dueOn >= :since and exists (select m.id from CareTeamMember m"
            + " where m.patientId = q.patientId and m.username = :me)";

    /** How far back overdue follow-ups are shown: after that, a missed point is left to the registry. */
    static final int OVERDUE_DAYS_SHOWN = 90;

    /** The caller's patients' follow-ups past their window, most recently closed first, paged in the database. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE})
    public Page<Overdue> overdue(int page, int size) {
        Page.checkRequest(page, size);
        Caller caller = callers.current();
        LocalDate today = LocalDate.now(clock);
        List<Overdue> found = em.createQuery("select q, p" + OVERDUE + " order by q.dueOn desc, q.id", Object[].class)
                .setParameter("today", today).setParameter("since", today.minusDays(OVERDUE_DAYS_SHOWN))
                .setParameter("me", caller.username()).setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream().map(row -> new Overdue((QuestionnaireAssignment) row[0],
                        ((Patient) row[1]).fullName(), ((Patient) row[1]).mrn())).toList();
        long total = page == 0 && found.size() < size ? found.size()
                : em.createQuery("select count(q)" + OVERDUE, Long.class).setParameter("today", today)
                .setParameter("since", today.minusDays(OVERDUE_DAYS_SHOWN)).setParameter("me", caller.username())
                .getSingleResult();
        audit.record(caller, AuditRecord.success(AuditAction.SEARCH, null, "QuestionnaireAssignment", "treatment",
                "overdue follow-ups page " + page + ": " + total + " found, patients "
                        + found.stream().map(o -> o.request().patientId()).distinct().toList(), false));
        return new Page<>(found, page, size, total);
    }

    /**
     * The patient's answers completed a request of a procedure: its follow-up at that point. Called by
     * {@link Assessments#record} within its transaction, under its check and audit event.
     */
    @PermitAll
    public void answered(AuthorizedPatient patient, QuestionnaireAssignment request, Assessment answers) {
        if (!followUps.isResolvable() || !answers.valid()) {
            return;
        }
        Instrument instrument = InstrumentCatalogue.find(answers.instrument()).orElseThrow();
        Integer painNow = null;
        Double function = null;
        Double baseline = null;
        Boolean improved = null;
        String functionInstrument = null;
        if (instrument.code().equals("PEG")) {
            painNow = answers.answers().get("1"); // PEG's first item: average pain, 0–10
        } else {
            functionInstrument = instrument.code();
            function = answers.changeMetric();
            baseline = lastBefore(patient.id(), instrument.code(), request.assignedAt()).orElse(null);
            Double base = baseline;
            Double now = function;
            improved = base == null ? null : instrument.mcid().map(m -> m.reached(base, now)).orElse(null);
        }
        followUps.get().answered(patient, new ProcedureFollowUps.Answered(request.procedureId(),
                request.followUpPoint(), answers.takenAt().toLocalDate(), painNow, function, baseline,
                functionInstrument, improved));
    }

    /** The last valid score of the questionnaire before the procedure's schedule was made. */
    private Optional<Double> lastBefore(long patientId, String instrument, LocalDateTime before) {
        return em.createQuery("select a from Assessment a where a.patientId = :p and a.instrument = :i"
                        + " and a.valid = true and a.takenAt < :before order by a.takenAt desc, a.id desc", Assessment.class)
                .setParameter("p", patientId).setParameter("i", instrument).setParameter("before", before)
                .setMaxResults(1).getResultList().stream().map(Assessment::changeMetric).findFirst();
    }
}
