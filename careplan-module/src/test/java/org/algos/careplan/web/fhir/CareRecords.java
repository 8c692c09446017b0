package org.algos.careplan.web.fhir;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.algos.careplan.medication.MedicationStatement;
import org.algos.careplan.plan.CarePlan;
import org.algos.careplan.plan.CarePlanStatus;

/** Records as the database would hand them back, with ids, for the mappings to map. */
final class CareRecords {

    static final long PATIENT = 7;
    static final LocalDateTime RECORDED = LocalDateTime.of(2026, 3, 1, 9, 30);

    private CareRecords() {
    }

    static MedicationStatement oral(long id, String drug, double doseMg, double dosesPerDay) {
        return new MedicationStatement(id, PATIENT, drug, doseMg, "oral", dosesPerDay, null, "low back pain",
                LocalDate.of(2026, 1, 10), null, "nurse.kim", RECORDED);
    }

    static MedicationStatement patch(long id, String drug, double mcgPerHour) {
        return new MedicationStatement(id, PATIENT, drug, null, "transdermal", null, mcgPerHour, null,
                LocalDate.of(2026, 2, 1), null, "dr.lee", RECORDED);
    }

    /** A plan in its status: a closed plan was active first, as the service requires. */
    static CarePlan plan(long id, CarePlanStatus status) {
        CarePlanStatus start = CarePlanStatus.initial().contains(status) ? status : CarePlanStatus.ACTIVE;
        CarePlan plan = new CarePlan(id, PATIENT, "Chronic low back pain", List.of("Axial low back pain",
                "Poor sleep"), start, "dr.lee", RECORDED);
        if (status != start) {
            plan.revise(null, null, status, "dr.lee", RECORDED.plusMonths(3));
        }
        return plan;
    }

    /** Sets a field the database would set (a generated id). */
    static <T> T with(T entity, String fieldName, Object value) {
        try {
            Field field = entity.getClass().getDeclaredField(fieldName);
            field.setAccessible(true);
            field.set(entity, value);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
