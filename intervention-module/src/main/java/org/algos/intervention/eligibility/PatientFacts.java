package org.algos.intervention.eligibility;

import java.util.List;
import java.util.Optional;
import org.algos.domain.port.DiagnosticBlockFact;
import org.algos.domain.port.NeuromodulationClearance;

/**
 * What the rules know about the patient: diagnostic blocks (from the diagnosis module), the
 * patient's procedures (this module) and the latest neuromodulation clearance (care-plan
 * module), gathered by the caller through the domain ports.
 */
public record PatientFacts(List<DiagnosticBlockFact> blocks, List<ProcedureHistory> procedures,
                           Optional<NeuromodulationClearance.Decision> clearance) {

    public PatientFacts {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        clearance = clearance == null ? Optional.empty() : clearance;
    }

    /** A patient with nothing on record yet. */
    public static PatientFacts none() {
        return new PatientFacts(List.of(), List.of(), Optional.empty());
    }
}
