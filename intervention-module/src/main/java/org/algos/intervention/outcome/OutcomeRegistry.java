package org.algos.intervention.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.algos.domain.access.CallerContext;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.common.Page;
import org.algos.domain.patient.Patient;
import org.algos.domain.user.Role;
import org.algos.intervention.catalogue.ProcedureFamily;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.ProcedureStatus;

/**
 * The outcomes registry: for the procedures of a kind completed in a date range, what was measured
 * at a follow-up point, as {@link RegistryFigures}. The outcome at a point is the one nearest to
 * it within its window, from the questionnaires of the outcome schedule or from a follow-up the
 * team entered. Three projection queries, whatever the cohort's size; no patient is named in the
 * answer. Every question is audited.
 */
@Stateless
public class OutcomeRegistry {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private OutcomeFollowUps schedule;

    /** The cohort's figures; physicians ask, as the people who decide on the procedures. */
    @RolesAllowed(Role.PHYSICIAN_ROLE)
    public RegistryFigures.Figures figures(RegistryQuery query) {
        List<RegistryFigures.Treated> cohort = cohort(query);
        Map<Long, RegistryFigures.Measured> measured = measured(query, cohort);
        RegistryFigures.Figures figures = RegistryFigures.of(cohort, measured);
        if (query.procedures().stream().allMatch(p -> p.family() == ProcedureFamily.FACET_RFA)) {
            figures = figures.withRepeats(repeats(query));
        }
        audit.record(callers.current(), AuditRecord.success(AuditAction.SEARCH, null, "Outcomes", "quality",
                "outcomes registry " + query.name() + " " + query.from() + ".." + query.to() + " at "
                        + query.point().code() + ": cohort " + figures.cohort() + ", followed up "
                        + figures.followedUp(), false));
        return figures;
    }

    /** A procedure of the cohort whose patient is on the caller's care team, with its outcome at the point. */
    public record Mine(long patientId, String patientName, String mrn, long procedureId, LocalDate date,
                       Integer painBefore, Integer painNow, Boolean functionImproved) {
    }

    /** The cohort's procedures of patients on the caller's care teams (the drill-down), newest first, paged. */
    private static final String MINE = " from ProcedureRecord r, Patient p where p.id = r.patientId"
            + " and r.status = :completed and r.procedure in :codes and r.date between :from and :to"
            + " and exists (select m.id from CareTeamMember m where m.patientId = r.patientId and m.username = :me)";

    @RolesAllowed(Role.PHYSICIAN_ROLE)
    public Page<Mine> mine(RegistryQuery query, int page, int size) {
        Page.checkRequest(page, size);
        String me = callers.current().username();
        List<Object[]> rows = cohortOf(em.createQuery("select r, p" + MINE + " order by r.date desc, r.id desc",
                        Object[].class), query).setParameter("me", me)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = cohortOf(em.createQuery("select count(r)" + MINE, Long.class), query).setParameter("me", me)
                .getSingleResult();
        List<RegistryFigures.Treated> treated = rows.stream().map(row -> (ProcedureRecord) row[0])
                .map(r -> new RegistryFigures.Treated(r.id(), r.painBefore(), "", LocalDate.MIN, r.date())).toList();
        Map<Long, RegistryFigures.Measured> measured = measured(query, treated, true);
        List<Mine> mine = rows.stream().map(row -> {
            ProcedureRecord r = (ProcedureRecord) row[0];
            Patient p = (Patient) row[1];
            RegistryFigures.Measured m = measured.get(r.id());
            return new Mine(p.id(), p.fullName(), p.mrn(), r.id(), r.date(), r.painBefore(),
                    m == null ? null : m.painNow(), m == null ? null : m.functionImproved());
        }).toList();
        audit.record(callers.current(), AuditRecord.success(AuditAction.SEARCH, null, "Outcomes", "treatment",
                "outcomes registry drill-down " + query.name() + " " + query.from() + ".." + query.to() + " page "
                        + page + ": " + total + " found, patients "
                        + mine.stream().map(Mine::patientId).distinct().toList(), false));
        return new Page<>(mine, page, size, total);
    }

    /** The cohort's ablations and every later one of the same kinds, for the time to a repeat. */
    private RepeatInterval.Repeats repeats(RegistryQuery query) {
        List<RepeatInterval.Done> cohort = new ArrayList<>();
        List<RepeatInterval.Done> all = new ArrayList<>();
        em.createQuery("select r.id, r.patientId, r.procedure, r.side, r.date from ProcedureRecord r"
                        + " where r.status = :completed and r.procedure in :codes and r.date >= :from", Object[].class)
                .setParameter("completed", ProcedureStatus.COMPLETED).setParameter("codes", query.codes())
                .setParameter("from", query.from()).getResultList().forEach(row -> {
                    RepeatInterval.Done done = new RepeatInterval.Done((Long) row[0], (Long) row[1], (String) row[2],
                            row[3] == null ? null : row[3].toString(), (LocalDate) row[4]);
                    all.add(done);
                    if (!done.date().isAfter(query.to())) {
                        cohort.add(done);
                    }
                });
        return RepeatInterval.of(cohort, all);
    }

    private List<RegistryFigures.Treated> cohort(RegistryQuery query) {
        List<RegistryFigures.Treated> cohort = new ArrayList<>();
        cohortOf(em.createQuery("select r.id, r.painBefore, p.sex, p.birthDate, r.date from ProcedureRecord r, Patient p"
                        + " where p.id = r.patientId and r.status = :completed and r.procedure in :codes"
                        + " and r.date between :from and :to", Object[].class), query)
                .getResultList().forEach(row -> cohort.add(new RegistryFigures.Treated((Long) row[0],
                        (Integer) row[1], ((Enum<?>) row[2]).name().toLowerCase(Locale.ROOT),
                        (LocalDate) row[3], (LocalDate) row[4])));
        return cohort;
    }

    /** Per procedure, the measurement nearest the point within its window (questionnaire or team follow-up). */
    private Map<Long, RegistryFigures.Measured> measured(RegistryQuery query, List<RegistryFigures.Treated> cohort) {
        return measured(query, cohort, false);
    }

    /** As above; {@code onlyThese}: a page of the cohort, read by its ids rather than by the whole range. */
    private Map<Long, RegistryFigures.Measured> measured(RegistryQuery query, List<RegistryFigures.Treated> cohort,
                                                         boolean onlyThese) {
        Map<Long, RegistryFigures.Measured> nearest = new HashMap<>();
        if (cohort.isEmpty()) {
            return nearest;
        }
        String these = onlyThese ? " and r.id in :ids" : "";
        List<Long> ids = cohort.stream().map(RegistryFigures.Treated::procedureId).toList();
        int window = schedule.windows().of(query.point());
        Map<Long, LocalDate> dates = new HashMap<>();
        cohort.forEach(t -> dates.put(t.procedureId(), t.date()));
        TypedQuery<Object[]> outcomes = cohortOf(em.createQuery(
                "select o.procedureId, o.daysAfter, o.painNow, o.functionImproved from ProcedureOutcome o,"
                        + " ProcedureRecord r where r.id = o.procedureId and o.point = :point and r.status = :completed"
                        + " and r.procedure in :codes and r.date between :from and :to" + these, Object[].class), query)
                .setParameter("point", query.point().code());
        if (onlyThese) {
            outcomes.setParameter("ids", ids);
        }
        outcomes.getResultList().forEach(row -> keepNearer(nearest, dates, query, new RegistryFigures.Measured(
                        (Long) row[0], (Integer) row[1], (Integer) row[2], (Boolean) row[3])));
        // Follow-ups the team entered: only those whose day falls in the window of some procedure of the range.
        TypedQuery<Object[]> teamFollowUps = cohortOf(em.createQuery(
                "select f.procedureId, f.followUpOn, f.painNow from FollowUp f, ProcedureRecord r"
                        + " where r.id = f.procedureId and r.status = :completed and r.procedure in :codes"
                        + " and r.date between :from and :to and f.followUpOn between :first and :last" + these,
                        Object[].class), query)
                .setParameter("first", query.point().on(query.from()).minusDays(window))
                .setParameter("last", query.point().on(query.to()).plusDays(window));
        if (onlyThese) {
            teamFollowUps.setParameter("ids", ids);
        }
        teamFollowUps.getResultList().forEach(row -> {
                    long id = (Long) row[0];
                    int days = (int) ChronoUnit.DAYS.between(dates.get(id), (LocalDate) row[1]);
                    keepNearer(nearest, dates, query, new RegistryFigures.Measured(id, days, (Integer) row[2], null));
                });
        return nearest;
    }

    /** Binds what every cohort query names: completed procedures of the query's kinds done from..to. */
    private static <T> TypedQuery<T> cohortOf(TypedQuery<T> q, RegistryQuery query) {
        return q.setParameter("completed", ProcedureStatus.COMPLETED).setParameter("codes", query.codes())
                .setParameter("from", query.from()).setParameter("to", query.to());
    }

    /** Keeps the measurement if it lies in the point's window and nearer the point than the one kept. */
    private void keepNearer(Map<Long, RegistryFigures.Measured> nearest, Map<Long, LocalDate> dates, RegistryQuery query,
                            RegistryFigures.Measured candidate) {
        LocalDate done = dates.get(candidate.procedureId());
        int target = (int) ChronoUnit.DAYS.between(done, query.point().on(done));
        int distance = Math.abs(candidate.daysAfter() - target);
        if (distance > schedule.windows().of(query.point())) {
            return;
        }
        RegistryFigures.Measured kept = nearest.get(candidate.procedureId());
        if (kept == null || distance < Math.abs(kept.daysAfter() - target)) {
            // A nearer team follow-up brings pain only; the questionnaire's function result is kept with it.
            Boolean function = candidate.functionImproved() != null || kept == null ? candidate.functionImproved()
                    : kept.functionImproved();
            nearest.put(candidate.procedureId(), new RegistryFigures.Measured(candidate.procedureId(),
                    candidate.daysAfter(), candidate.painNow() != null || kept == null ? candidate.painNow()
                    : kept.painNow(), function));
        } else if (kept.functionImproved() == null && candidate.functionImproved() != null) {
            nearest.put(kept.procedureId(), new RegistryFigures.Measured(kept.procedureId(), kept.daysAfter(),
                    kept.painNow(), candidate.functionImproved()));
        }
    }
}
