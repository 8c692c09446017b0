package org.algos.intervention.holds;

import java.time.LocalDate;
import java.util.List;
import org.algos.domain.port.ActiveMedications.Medication;

/** Medication lists for the hold tests. */
final class MedicationFixture {

    static final LocalDate PROCEDURE_DAY = LocalDate.parse("2026-12-10");

    private MedicationFixture() {
    }

    static Medication taking(String drug) {
        return new Medication(drug, null, LocalDate.parse("2025-01-01"), null);
    }

    static Medication taking(String drug, String indication) {
        return new Medication(drug, indication, LocalDate.parse("2025-01-01"), null);
    }

    static Medication stopped(String drug, String stoppedOn) {
        return new Medication(drug, null, LocalDate.parse("2025-01-01"), LocalDate.parse(stoppedOn));
    }

    static Medication starting(String drug, String startedOn) {
        return new Medication(drug, null, LocalDate.parse(startedOn), null);
    }

    static List<Medication> list(Medication... medications) {
        return List.of(medications);
    }
}
