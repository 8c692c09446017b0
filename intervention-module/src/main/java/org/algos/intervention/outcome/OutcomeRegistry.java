package org.algos.intervention.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
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
 * team entered. Four projection queries, whatever the cohort's size; no patient is named in the
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
        Map<Long, RegistryFigures.Measured> measured = measured(query, cohort, false);
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
        List<Object[]> rows = Measurements.cohortOf(em.createQuery("select r, p" + MINE + " order by r.date desc, r.id desc",
                        Object[].class), query).setParameter("me", me)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = Measurements.cohortOf(em.createQuery("select count(r)" + MINE, Long.class), query).setParameter("me", me)
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
        Measurements.cohortOf(em.createQuery("select r.id, r.painBefore, p.sex, p.birthDate, r.date from ProcedureRecord r, Patient p"
                        + " where p.id = r.patientId and r.status = :completed and r.procedure in :codes"
                        + " and r.date between :from and :to", Object[].class), query)
                .getResultList().forEach(row -> cohort.add(new RegistryFigures.Treated((Long) row[0],
                        (Integer) row[1], ((Enum<?>) row[2]).name().toLowerCase(Locale.ROOT),
                        (LocalDate) row[3], (LocalDate) row[4])));
        if (cohort.isEmpty()) {
            return cohort;
        }
        Map<Long, Object[]> baselines = new HashMap<>();
        Measurements.cohortOf(em.createQuery("select b.procedureId, b.pcsTotal, b.phq9Band, b.mmeLevel from ProcedureBaseline b,"
                        + " ProcedureRecord r where r.id = b.procedureId and r.status = :completed"
                        + " and r.procedure in :codes and r.date between :from and :to", Object[].class), query)
                .getResultList().forEach(row -> baselines.put((Long) row[0], row));
        return cohort.stream().map(t -> {
            Object[] b = baselines.get(t.procedureId());
            return b == null ? t : t.with((Integer) b[1], (String) b[2], (String) b[3]);
        }).toList();
    }

    private Map<Long, RegistryFigures.Measured> measured(RegistryQuery query, List<RegistryFigures.Treated> cohort,
                                                         boolean onlyThese) {
        Map<Long, LocalDate> dates = new HashMap<>();
        cohort.forEach(t -> dates.put(t.procedureId(), t.date()));
        return new Measurements(em, schedule.windows()).nearest(query, query.point(), dates, onlyThese);
    }
}
