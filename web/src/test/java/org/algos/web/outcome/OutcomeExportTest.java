package org.algos.web.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.algos.careplan.medication.Medications;
import org.algos.careplan.psych.PsychEvaluations;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.assessment.BaselineScores;
import org.algos.diagnosis.assessment.FollowUpQuestionnaires;
import org.algos.diagnosis.block.DiagnosticBlocks;
import org.algos.domain.patient.Patient;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.intervention.eligibility.EligibilityEngine;
import org.algos.intervention.eligibility.EligibilitySettings;
import org.algos.intervention.outcome.OutcomeCsv;
import org.algos.intervention.outcome.OutcomeExport;
import org.algos.intervention.outcome.OutcomeFollowUps;
import org.algos.intervention.outcome.RegistryQuery;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.testkit.WholeClinic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The de-identified export read from the database as the WAR wires it: every procedure of the
 * range at each point due by today, the answered one with its outcome, slice after slice, and no
 * name or record number in any line.
 */
class OutcomeExportTest {

    @RegisterExtension
    static final InMemoryDatabase db = WholeClinic.database();

    private final FollowUpQuestionnaires requests = db.service(FollowUpQuestionnaires.class);
    private final OutcomeFollowUps outcomes = db.service(OutcomeFollowUps.class, requests,
            db.service(BaselineScores.class), db.service(Medications.class));
    private final Procedures procedures = db.service(Procedures.class,
            new EligibilityEngine(EligibilitySettings.defaults()), db.service(DiagnosticBlocks.class),
            db.service(PsychEvaluations.class), db.service(Medications.class), outcomes);
    private final OutcomeExport export = db.service(OutcomeExport.class, outcomes);

    private void epiduralDone(Patient patient, int daysAgo, int painBefore) {
        db.run(() -> procedures.book(patient.id(), new Procedures.Booking("ESI_CERVICAL_IL", null, List.of("C6-C7"),
                db.today().minusDays(daysAgo).toString(), "completed", painBefore, 2, "recorded for the export", true)));
    }

    private List<String> exported(RegistryQuery range, int sliceSize) {
        OutcomeCsv csv = OutcomeCsv.newExport();
        List<String> lines = new ArrayList<>();
        lines.add(csv.header());
        long after = 0;
        while (true) {
            long from = after;
            OutcomeExport.Slice slice = db.call(() -> export.slice(range, from, sliceSize));
            if (slice.lastProcedureId() == 0) {
                return lines;
            }
            slice.lines().forEach(line -> lines.add(csv.line(line)));
            after = slice.lastProcedureId();
        }
    }

    private static List<String> withoutAliases(List<String> lines) {
        return lines.stream().map(l -> l.substring(l.indexOf(','))).toList();
    }

    @Test
    void everyDuePointOfEveryProcedureIsALineAndOnlyTheAnsweredOneHasAnOutcome() {
        Patient ana = db.people().patient("Ana", "Exportova");
        Patient ben = db.people().patient("Ben", "Exportson");
        Caller lee = db.people().physician("dr.export", ana, ben);
        db.actAs(lee);
        epiduralDone(ana, 95, 8);
        epiduralDone(ben, 200, 6);
        db.actAs(db.people().account(ana));
        db.run(() -> db.service(Assessments.class, outcomes).record(ana.id(), "PEG", Map.of("1", 4, "2", 4, "3", 4),
                null));

        db.actAs(lee);
        RegistryQuery range = RegistryQuery.parseRange("ESI_CERVICAL_IL", db.today().minusDays(365).toString(),
                db.today().toString());
        long procedures = db.call(() -> export.begin(range));
        List<String> lines = exported(range, 1);

        assertEquals(2, procedures);
        assertEquals(1 + 2 + 3, lines.size(), "Ana: 2 weeks and 3 months due; Ben: 6 months too: " + lines);
        List<String> answered = lines.stream().filter(l -> l.contains(",3m,yes,")).toList();
        assertEquals(1, answered.size(), lines::toString);
        assertTrue(answered.get(0).contains(",8,4,50.0,yes,yes,"), "8 → 4: " + answered.get(0));
        String anaAlias = answered.get(0).split(",")[0];
        assertEquals(2, lines.stream().filter(l -> l.startsWith(anaAlias + ",")).count(), "one alias per patient");
        assertNotEquals(anaAlias, lines.get(lines.size() - 1).split(",")[0]);
        for (String line : lines) {
            for (String leak : List.of(ana.givenName(), ana.familyName(), ana.mrn(), ben.familyName(), ben.mrn(),
                    ana.birthDate().toString(), db.today().toString(), "recorded for the export")) {
                assertFalse(line.contains(leak), leak + " in " + line);
            }
        }
        assertEquals(withoutAliases(lines), withoutAliases(exported(range, OutcomeExport.SLICE)),
                "slices of any size give the same lines (each export with its own aliases)");
        assertTrue(db.auditEventsOf(lee).stream().anyMatch(e -> e.resource().equals("Outcomes/export")
                && e.detail().contains("2 procedures")), "the export is audited");
    }
}
