package org.algos.intervention.web.fhir;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.algos.domain.value.Laterality;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.ProcedureStatus;

/** Procedure records as the booking service builds them, for the mapping tests. */
final class Records {

    static final long PATIENT = 42;
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private Records() {
    }

    static ProcedureRecord booked(long id, String procedure, Laterality side, List<String> levels, LocalDate date) {
        return new ProcedureRecord(id, PATIENT, procedure, side, levels, date, ProcedureStatus.SCHEDULED, "dr.lee",
                LocalDateTime.of(2026, 11, 2, 9, 30));
    }

    static ProcedureRecord lumbarRfa(long id) {
        return booked(id, "RFA_LUMBAR", Laterality.LEFT, List.of("L4-L5", "L5-S1"), DAY);
    }
}
