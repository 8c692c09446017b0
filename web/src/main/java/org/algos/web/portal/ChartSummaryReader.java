package org.algos.web.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.algos.careplan.medication.MedicationStatement;
import org.algos.careplan.medication.MmeCalculator;
import org.algos.careplan.medication.MmeResult;
import org.algos.careplan.plan.CarePlanStatus;
import org.algos.careplan.plan.GoalStatus;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.user.Role;

/**
 * Reads what the chart summary needs under one access check and one audit event, with one query
 * per source: the first and latest valid score of each instrument, the first and latest structured
 * pain assessment, the diary's last week reduced to a count and a mean by the database, today's
 * medications for the MME, and the goals of the plan in force. None of them grows with the
 * length of the patient's history.
 */
@Stateless
public class ChartSummaryReader {

    private final MmeCalculator calculator = new MmeCalculator();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public ChartSummary read(long patientId) {
        guard.authorize(patientId, AuditAction.READ, "ChartSummary",
                "chart summary: scores, pain, diary, medications, goals");
        LocalDate today = LocalDate.now(clock);
        Goals goals = goals(patientId);
        return ChartSummary.assemble(new ChartSummary.Facts(scores(patientId), nrs(patientId),
                diary(patientId, today), mme(patientId, today), goals.planTitle(), goals.goals()));
    }

    private List<ChartSummary.ScoreFact> scores(long patientId) {
        String sameSeries = " from Assessment b where b.patientId = :p and b.instrument = a.instrument"
                + " and b.valid = true and b.changeMetric is not null)";
        return em.createQuery("select a.instrument, a.takenAt, a.id, a.total, a.percent, a.band, a.changeMetric"
                        + " from Assessment a where a.patientId = :p and a.instrument in :codes and a.valid = true"
                        + " and a.changeMetric is not null"
                        + " and (a.takenAt = (select min(b.takenAt)" + sameSeries
                        + " or a.takenAt = (select max(b.takenAt)" + sameSeries + ")", Object[].class)
                .setParameter("p", patientId).setParameter("codes", ChartSummary.INSTRUMENTS).getResultList().stream()
                .map(r -> new ChartSummary.ScoreFact((String) r[0], (LocalDateTime) r[1], ((Number) r[2]).longValue(),
                        ((Number) r[3]).doubleValue(), r[4] == null ? null : ((Number) r[4]).doubleValue(),
                        (String) r[5], ((Number) r[6]).doubleValue()))
                .toList();
    }

    private List<ChartSummary.NrsFact> nrs(long patientId) {
        return em.createQuery("select p.assessedAt, p.id, p.nrsNow, p.nrsWorst, p.nrsAverage from PainAssessment p"
                        + " where p.patientId = :p"
                        + " and (p.assessedAt = (select min(q.assessedAt) from PainAssessment q where q.patientId = :p)"
                        + " or p.assessedAt = (select max(q.assessedAt) from PainAssessment q where q.patientId = :p))",
                        Object[].class)
                .setParameter("p", patientId).getResultList().stream()
                .map(r -> new ChartSummary.NrsFact((LocalDateTime) r[0], ((Number) r[1]).longValue(),
                        ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue()))
                .toList();
    }

    /** Count, mean and latest day of the diary's last week, reduced in the database. */
    private ChartSummary.DiaryWeek diary(long patientId, LocalDate today) {
        Object[] row = em.createQuery("select count(d), avg(d.pain), max(d.day) from DiaryEntry d"
                        + " where d.patientId = :p and d.day > :from and d.day <= :today", Object[].class)
                .setParameter("p", patientId).setParameter("from", today.minusDays(ChartSummary.DIARY_DAYS))
                .setParameter("today", today).getSingleResult();
        long days = row[0] == null ? 0 : ((Number) row[0]).longValue();
        return days == 0 ? ChartSummary.DiaryWeek.none()
                : new ChartSummary.DiaryWeek(days, ((Number) row[1]).doubleValue(), (LocalDate) row[2]);
    }

    private MmeResult mme(long patientId, LocalDate today) {
        return calculator.calculate(em.createQuery("select m from MedicationStatement m where m.patientId = :p"
                        + " and m.startedOn <= :today and (m.stoppedOn is null or m.stoppedOn >= :today)"
                        + " order by m.startedOn, m.id", MedicationStatement.class)
                .setParameter("p", patientId).setParameter("today", today).getResultList().stream()
                .map(MedicationStatement::dose).toList());
    }

    private record Goals(String planTitle, List<ChartSummary.GoalFact> goals) {
    }

    /**
     * The goals of the plan in force: the active plan, or while there is none the newest draft;
     * open goals first. One query; a plan without goals gives one row with nulls for the goal.
     */
    private Goals goals(long patientId) {
        List<Object[]> rows = em.createQuery("select c.id, c.title, c.status, c.createdAt, g.id, g.description,"
                        + " g.measure, g.targetValue, g.targetDate, g.status from CarePlan c"
                        + " left join CarePlanGoal g on g.carePlanId = c.id"
                        + " where c.patientId = :p and c.status in :open", Object[].class)
                .setParameter("p", patientId).setParameter("open", List.of(CarePlanStatus.ACTIVE, CarePlanStatus.DRAFT))
                .getResultList();
        Object[] plan = rows.stream()
                .max(Comparator.comparing((Object[] r) -> r[2] == CarePlanStatus.ACTIVE)
                        .thenComparing(r -> (LocalDateTime) r[3]).thenComparing(r -> ((Number) r[0]).longValue()))
                .orElse(null);
        if (plan == null) {
            return new Goals(null, List.of());
        }
        long planId = ((Number) plan[0]).longValue();
        List<ChartSummary.GoalFact> goals = rows.stream().filter(r -> ((Number) r[0]).longValue() == planId && r[4] != null)
                .sorted(Comparator.comparing((Object[] r) -> ((GoalStatus) r[9]).isReviewed())
                        .thenComparing(r -> (LocalDate) r[8]).thenComparing(r -> ((Number) r[4]).longValue()))
                .map(r -> new ChartSummary.GoalFact(((Number) r[4]).longValue(), (String) r[5], (String) r[6],
                        (String) r[7], (LocalDate) r[8], ((GoalStatus) r[9]).code()))
                .toList();
        String title = (String) plan[1] + (plan[2] == CarePlanStatus.ACTIVE ? "" : " (draft)");
        return new Goals(title, goals);
    }
}
