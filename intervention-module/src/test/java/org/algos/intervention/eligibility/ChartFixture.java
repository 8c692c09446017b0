package org.algos.intervention.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.algos.domain.port.DiagnosticBlockFact;
import org.algos.domain.port.NeuromodulationClearance;
import org.algos.domain.value.Laterality;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.eligibility.ProcedureHistory.Status;

/** Short ways to write a patient's chart in tests. */
final class ChartFixture {

    static final EligibilitySettings DEFAULTS = EligibilitySettings.defaults();

    private ChartFixture() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** A medial branch block judged as the diagnosis module does: positive from 80 % relief. */
    static DiagnosticBlockFact mbb(String type, Laterality side, double reliefPercent, String performedOn) {
        return new DiagnosticBlockFact(type, type.substring(4).toLowerCase(Locale.ROOT), side, List.of("L4-L5"),
                reliefPercent, reliefPercent >= 80, day(performedOn));
    }

    static ProcedureHistory completed(Procedure procedure, Laterality side, String date) {
        return new ProcedureHistory(procedure, side, day(date), Status.COMPLETED, null, null);
    }

    static ProcedureHistory completed(Procedure procedure, Laterality side, String date, Double relief, Integer months) {
        return new ProcedureHistory(procedure, side, day(date), Status.COMPLETED, relief, months);
    }

    static ProcedureHistory scheduled(Procedure procedure, Laterality side, String date) {
        return new ProcedureHistory(procedure, side, day(date), Status.SCHEDULED, null, null);
    }

    static ProcedureHistory cancelled(Procedure procedure, Laterality side, String date) {
        return new ProcedureHistory(procedure, side, day(date), Status.CANCELLED, null, null);
    }

    static PatientFacts procedures(ProcedureHistory... procedures) {
        return new PatientFacts(List.of(), List.of(procedures), Optional.empty());
    }

    static PatientFacts blocks(DiagnosticBlockFact... blocks) {
        return new PatientFacts(List.of(blocks), List.of(), Optional.empty());
    }

    static PatientFacts clearance(String evaluatedOn, boolean cleared, boolean activeSubstanceUse) {
        return new PatientFacts(List.of(), List.of(),
                Optional.of(new NeuromodulationClearance.Decision(day(evaluatedOn), cleared, activeSubstanceUse)));
    }

    static EligibilityRequest request(Procedure procedure, Laterality side, String date) {
        return new EligibilityRequest(procedure, side, day(date));
    }
}
