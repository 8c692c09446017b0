package org.algos.intervention.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.algos.domain.access.CallerContext;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.user.Role;
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
        audit.record(callers.current(), AuditRecord.success(AuditAction.SEARCH, null, "Outcomes", "quality",
                "outcomes registry " + query.name() + " " + query.from() + ".." + query.to() + " at "
                        + query.point().code() + ": cohort " + figures.cohort() + ", followed up "
                        + figures.followedUp(), false));
        return figures;
    }

    private List<RegistryFigures.Treated> cohort(RegistryQuery query) {
        List<RegistryFigures.Treated> cohort = new ArrayList<>();
        em.createQuery("select r.id, r.painBefore, p.sex, p.birthDate, r.date from ProcedureRecord r, Patient p"
                        + " where p.id = r.patientId and r.status = :completed and r.procedure in :codes"
                        + " and r.date between :from and :to", Object[].class)
                .setParameter("completed", ProcedureStatus.COMPLETED).setParameter("codes", query.codes())
                .setParameter("from", query.from()).setParameter("to", query.to())
                .getResultList().forEach(row -> cohort.add(new RegistryFigures.Treated((Long) row[0],
                        (Integer) row[1], ((Enum<?>) row[2]).name().toLowerCase(java.util.Locale.ROOT),
                        (LocalDate) row[3], (LocalDate) row[4])));
        return cohort;
    }

    /** Per procedure, the measurement nearest the point within its window (questionnaire or team follow-up). */
    private Map<Long, RegistryFigures.Measured> measured(RegistryQuery query, List<RegistryFigures.Treated> cohort) {
        Map<Long, RegistryFigures.Measured> nearest = new HashMap<>();
        if (cohort.isEmpty()) {
            return nearest;
        }
        int window = schedule.windows().of(query.point());
        Map<Long, LocalDate> dates = new HashMap<>();
        cohort.forEach(t -> dates.put(t.procedureId(), t.date()));
        em.createQuery("select o.procedureId, o.daysAfter, o.painNow, o.functionImproved from ProcedureOutcome o,"
                        + " ProcedureRecord r where r.id = o.procedureId and o.point = :point and r.status = :completed"
                        + " and r.procedure in :codes and r.date between :from and :to", Object[].class)
                .setParameter("point", query.point().code()).setParameter("completed", ProcedureStatus.COMPLETED)
                .setParameter("codes", query.codes()).setParameter("from", query.from()).setParameter("to", query.to())
                .getResultList().forEach(row -> keepNearer(nearest, dates, query, new RegistryFigures.Measured(
                        (Long) row[0], (Integer) row[1], (Integer) row[2], (Boolean) row[3])));
        // Follow-ups the team entered: only those whose day falls in the window of some procedure of the range.
        em.createQuery("select f.procedureId, f.followUpOn, f.painNow from FollowUp f, ProcedureRecord r"
                        + " where r.id = f.procedureId and r.status = :completed and r.procedure in :codes"
                        + " and r.date between :from and :to and f.followUpOn between :first and :last", Object[].class)
                .setParameter("completed", ProcedureStatus.COMPLETED).setParameter("codes", query.codes())
                .setParameter("from", query.from()).setParameter("to", query.to())
                .setParameter("first", query.point().on(query.from()).minusDays(window))
                .setParameter("last", query.point().on(query.to()).plusDays(window))
                .getResultList().forEach(row -> {
                    long id = (Long) row[0];
                    int days = (int) ChronoUnit.DAYS.between(dates.get(id), (LocalDate) row[1]);
                    keepNearer(nearest, dates, query, new RegistryFigures.Measured(id, days, (Integer) row[2], null));
                });
        return nearest;
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
