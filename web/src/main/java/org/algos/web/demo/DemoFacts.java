package org.algos.web.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.algos.domain.port.DiagnosticBlockFact;
import org.algos.domain.port.NeuromodulationClearance;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.eligibility.EligibilityEngine;
import org.algos.intervention.eligibility.EligibilityRequest;
import org.algos.intervention.eligibility.EligibilityResult;
import org.algos.intervention.eligibility.EligibilitySettings;
import org.algos.intervention.eligibility.Finding;
import org.algos.intervention.eligibility.PatientFacts;
import org.algos.intervention.eligibility.ProcedureHistory;
import org.algos.intervention.procedure.FollowUp;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.ProcedureStatus;
import org.algos.intervention.procedure.SustainedRelief;

/**
 * What the eligibility rules know of each demo patient so far, gathered as the history is written
 * (blocks, procedures with their follow-ups, the latest psychological decision), so that every
 * procedure of the history is checked by the real rules on its own day before it is stored.
 */
final class DemoFacts {

    /** The relief the repeat rules look for at follow-up, as the procedure service reads it (LCD L38803, L39240). */
    private static final int LASTING_RELIEF_PERCENT = 50;

    private final EligibilityEngine engine = new EligibilityEngine(EligibilitySettings.defaults());
    private final Map<Long, List<DiagnosticBlockFact>> blocks = new HashMap<>();
    private final Map<Long, Map<ProcedureRecord, List<FollowUp>>> procedures = new HashMap<>();
    private final Map<Long, NeuromodulationClearance.Decision> clearances = new HashMap<>();

    void block(long patientId, DiagnosticBlockFact block) {
        blocks.computeIfAbsent(patientId, p -> new ArrayList<>()).add(block);
    }

    void procedure(ProcedureRecord record) {
        procedures.computeIfAbsent(record.patientId(), p -> new LinkedHashMap<>()).put(record, new ArrayList<>());
    }

    void followUp(ProcedureRecord record, FollowUp followUp) {
        procedures.get(record.patientId()).get(record).add(followUp);
    }

    /** The latest decision replaces an earlier one, as the care-plan module's port answers. */
    void clearance(long patientId, NeuromodulationClearance.Decision decision) {
        clearances.put(patientId, decision);
    }

    /**
     * The rules' answer for the procedure as the patient's record stands (the procedure itself not
     * yet on it); refuses to go on when a rule refuses, since the demo only books what the rules allow.
     */
    EligibilityResult requireEligible(long patientId, EligibilityRequest request) {
        EligibilityResult result = engine.evaluate(request, facts(patientId));
        if (!result.eligible()) {
            throw new IllegalStateException("Demo history breaks an eligibility rule for " + request.procedure()
                    + " on " + request.date() + ": " + result.reasons().stream().map(Finding::message).toList());
        }
        return result;
    }

    PatientFacts facts(long patientId) {
        List<ProcedureHistory> history = new ArrayList<>();
        procedures.getOrDefault(patientId, Map.of()).forEach((r, followUps) -> {
            SustainedRelief relief = SustainedRelief.of(r.date(), r.reliefPercent(), followUps, LASTING_RELIEF_PERCENT);
            history.add(new ProcedureHistory(Procedure.fromCode(r.procedure()).orElseThrow(), r.side(), r.date(),
                    status(r.status()), relief.percent(), relief.months()));
        });
        return new PatientFacts(blocks.getOrDefault(patientId, List.of()), history,
                Optional.ofNullable(clearances.get(patientId)));
    }

    private static ProcedureHistory.Status status(ProcedureStatus status) {
        if (status == ProcedureStatus.COMPLETED) {
            return ProcedureHistory.Status.COMPLETED;
        }
        return status == ProcedureStatus.CANCELLED ? ProcedureHistory.Status.CANCELLED
                : ProcedureHistory.Status.SCHEDULED;
    }
}
