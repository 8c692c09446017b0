package org.algos.intervention.outcome;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.algos.intervention.procedure.ProcedureStatus;

/**
 * What was measured for the procedures of a cohort at a follow-up point: for each, the
 * measurement nearest the point within its window, from the questionnaires of the outcome
 * schedule or from a follow-up the team entered (pain only). Shared by the registry's figures,
 * its drill-down and the export; two projection queries per point, for the whole range or for a
 * slice of it read by ids.
 */
final class Measurements {

    private final EntityManager em;
    private final OutcomeSchedule.Windows windows;

    Measurements(EntityManager em, OutcomeSchedule.Windows windows) {
        this.em = em;
        this.windows = windows;
    }

    /** Binds what every cohort query names: completed procedures of the query's kinds done from..to. */
    static <T> TypedQuery<T> cohortOf(TypedQuery<T> q, RegistryQuery query) {
        return q.setParameter("completed", ProcedureStatus.COMPLETED).setParameter("codes", query.codes())
                .setParameter("from", query.from()).setParameter("to", query.to());
    }

    /**
     * The nearest measurement per procedure at the point.
     *
     * @param doneOn    the cohort's procedures (or a slice of them) with the day each was done
     * @param onlyThese read only these procedures, by id, rather than the query's whole range
     */
    Map<Long, RegistryFigures.Measured> nearest(RegistryQuery query, FollowUpPoint point, Map<Long, LocalDate> doneOn,
                                                boolean onlyThese) {
        Map<Long, RegistryFigures.Measured> nearest = new HashMap<>();
        if (doneOn.isEmpty()) {
            return nearest;
        }
        String these = onlyThese ? " and r.id in :ids" : "";
        List<Long> ids = List.copyOf(doneOn.keySet());
        int window = windows.of(point);
        TypedQuery<Object[]> outcomes = cohortOf(em.createQuery(
                "select o.procedureId, o.daysAfter, o.painNow, o.functionImproved, o.functionInstrument,"
                        + " o.functionScore, o.functionBaseline from ProcedureOutcome o,"
                        + " ProcedureRecord r where r.id = o.procedureId and o.point = :point and r.status = :completed"
                        + " and r.procedure in :codes and r.date between :from and :to" + these, Object[].class), query)
                .setParameter("point", point.code());
        if (onlyThese) {
            outcomes.setParameter("ids", ids);
        }
        outcomes.getResultList().forEach(row -> keepNearer(nearest, doneOn, point, new RegistryFigures.Measured(
                (Long) row[0], (Integer) row[1], (Integer) row[2], (Boolean) row[3], (String) row[4],
                (Double) row[5], (Double) row[6])));
        // Follow-ups the team entered: only those whose day falls in the window of some procedure of the range.
        TypedQuery<Object[]> teamFollowUps = cohortOf(em.createQuery(
                "select f.procedureId, f.followUpOn, f.painNow from FollowUp f, ProcedureRecord r"
                        + " where r.id = f.procedureId and r.status = :completed and r.procedure in :codes"
                        + " and r.date between :from and :to and f.followUpOn between :first and :last" + these,
                        Object[].class), query)
                .setParameter("first", point.on(query.from()).minusDays(window))
                .setParameter("last", point.on(query.to()).plusDays(window));
        if (onlyThese) {
            teamFollowUps.setParameter("ids", ids);
        }
        teamFollowUps.getResultList().forEach(row -> {
            long id = (Long) row[0];
            LocalDate done = doneOn.get(id);
            if (done != null) {
                int days = (int) ChronoUnit.DAYS.between(done, (LocalDate) row[1]);
                keepNearer(nearest, doneOn, point, new RegistryFigures.Measured(id, days, (Integer) row[2], null));
            }
        });
        return nearest;
    }

    /** Keeps the measurement if it lies in the point's window and nearer the point than the one kept. */
    private void keepNearer(Map<Long, RegistryFigures.Measured> nearest, Map<Long, LocalDate> doneOn,
                            FollowUpPoint point, RegistryFigures.Measured candidate) {
        LocalDate done = doneOn.get(candidate.procedureId());
        int target = (int) ChronoUnit.DAYS.between(done, point.on(done));
        int distance = Math.abs(candidate.daysAfter() - target);
        if (distance > windows.of(point)) {
            return;
        }
        RegistryFigures.Measured kept = nearest.get(candidate.procedureId());
        if (kept == null) {
            nearest.put(candidate.procedureId(), candidate);
        } else if (distance < Math.abs(kept.daysAfter() - target)) {
            // A nearer team follow-up brings pain only: the questionnaire's function result stays with it.
            RegistryFigures.Measured nearer = candidate.painNow() == null ? candidate.withPainOf(kept) : candidate;
            nearest.put(candidate.procedureId(), nearer.functionImproved() == null ? nearer.withFunctionOf(kept)
                    : nearer);
        } else if (kept.functionImproved() == null && candidate.functionImproved() != null) {
            nearest.put(kept.procedureId(), kept.withFunctionOf(candidate));
        }
    }
}
