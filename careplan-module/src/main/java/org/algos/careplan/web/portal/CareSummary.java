package org.algos.careplan.web.portal;

import jakarta.annotation.security.PermitAll;
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
import org.algos.careplan.medication.Medications;
import org.algos.careplan.medication.MmeCalculator;
import org.algos.careplan.medication.MmeResult;
import org.algos.careplan.plan.CarePlanStatus;
import org.algos.careplan.plan.GoalStatus;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.user.Role;
import org.algos.web.kit.portal.ChartSummaryContributor;
import org.algos.web.kit.portal.SummaryTile;

/**
 * Reads the care plan's part of the chart summary: the diary's last week reduced to a count and a
 * mean by the database, today's medications for the MME (the list the chart reads anyway), and the
 * goals of the plan in force.
 */
@Stateless
public class CareSummary implements ChartSummaryContributor {

    private final MmeCalculator calculator = new MmeCalculator();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientAccessGuard guard;

    @Inject
    private Clock clock;

    @Inject
    private Medications medications;

    @Override
    @PermitAll
    public int order() {
        return 20;
    }

    @Override
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
            Role.PATIENT_ROLE, Role.ADMIN_ROLE})
    public List<SummaryTile> tiles(AuthorizedPatient patient) {
        guard.confirm(patient);
        LocalDate today = LocalDate.now(clock);
        Goals goals = goals(patient.id());
        return CareSummaryTiles.assemble(diary(patient.id(), today), mme(patient, today), goals.planTitle(),
                goals.goals());
    }

    /** Count, mean and latest day of the diary's last week, reduced in the database. */
    private CareSummaryTiles.DiaryWeek diary(long patientId, LocalDate today) {
        Object[] row = em.createQuery("select count(d), avg(d.pain), max(d.day) from DiaryEntry d"
                        + " where d.patientId = :p and d.day > :from and d.day <= :today", Object[].class)
                .setParameter("p", patientId).setParameter("from", today.minusDays(CareSummaryTiles.DIARY_DAYS))
                .setParameter("today", today).getSingleResult();
        long days = row[0] == null ? 0 : ((Number) row[0]).longValue();
        return days == 0 ? CareSummaryTiles.DiaryWeek.none()
                : new CareSummaryTiles.DiaryWeek(days, ((Number) row[1]).doubleValue(), (LocalDate) row[2]);
    }

    /** Today's MME from the medication list the chart reads anyway (one query per transaction). */
    private MmeResult mme(AuthorizedPatient patient, LocalDate today) {
        return calculator.calculate(medications.list(patient).stream().filter(m -> m.isActiveOn(today))
                .map(MedicationStatement::dose).toList());
    }

    private record Goals(String planTitle, List<CareSummaryTiles.GoalFact> goals) {
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
        List<CareSummaryTiles.GoalFact> goals = rows.stream()
                .filter(r -> ((Number) r[0]).longValue() == planId && r[4] != null)
                .sorted(Comparator.comparing((Object[] r) -> ((GoalStatus) r[9]).isReviewed())
                        .thenComparing(r -> (LocalDate) r[8]).thenComparing(r -> ((Number) r[4]).longValue()))
                .map(r -> new CareSummaryTiles.GoalFact(((Number) r[4]).longValue(), (String) r[5], (String) r[6],
                        (String) r[7], (LocalDate) r[8], ((GoalStatus) r[9]).code()))
                .toList();
        String title = (String) plan[1] + (plan[2] == CarePlanStatus.ACTIVE ? "" : " (draft)");
        return new Goals(title, goals);
    }
}
