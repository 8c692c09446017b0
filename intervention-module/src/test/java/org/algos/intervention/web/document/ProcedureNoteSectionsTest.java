package org.algos.intervention.web.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.algos.domain.value.Laterality;
import org.algos.domain.value.PainScore;
import org.algos.intervention.eligibility.EligibilityResult;
import org.algos.intervention.eligibility.Finding;
import org.algos.intervention.procedure.ChecklistAnswer;
import org.algos.intervention.procedure.ProcedureNote;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.ProcedureStatus;
import org.algos.intervention.procedure.SafetyChecklist;
import org.algos.web.kit.document.DocumentSection;
import org.junit.jupiter.api.Test;

/** The procedure note's sections as the record holds them. */
class ProcedureNoteSectionsTest {

    private static ProcedureRecord completedRfa() {
        ProcedureRecord r = new ProcedureRecord(7L, 42, "RFA_LUMBAR", Laterality.LEFT, List.of("L4-L5", "L5-S1"),
                LocalDate.of(2026, 11, 20), ProcedureStatus.SCHEDULED, "dr.lee", LocalDateTime.of(2026, 11, 1, 9, 0));
        r.overrideEligibility("Two positive blocks documented at another hospital", "dr.lee");
        SafetyChecklist.ITEMS.keySet().forEach(item -> r.tick(item, SafetyChecklist.mayNotApply(item)
                ? ChecklistAnswer.NOT_APPLICABLE : ChecklistAnswer.DONE));
        r.complete(new ProcedureNote("posterior oblique", "fluoroscopy", 35, 12.5, "18G RF cannula",
                "lidocaine 1 % 1 ml per level", "none", "home with escort"), PainScore.of(8), PainScore.of(2), "dr.lee");
        return r;
    }

    private static String text(List<DocumentSection> sections) {
        StringBuilder all = new StringBuilder();
        sections.forEach(s -> all.append(s.heading()).append(": ").append(s.body()).append('\n'));
        return all.toString();
    }

    @Test
    void theNoteNamesTheProcedureTheOverriddenRuleWithItsSourceTheChecklistAndThePhysician() {
        Finding missing = new Finding("FirstRfaNeedsTwoPositiveMedialBranchBlocks",
                "Two positive medial branch blocks are missing for left", "CMS LCD L38803");
        List<DocumentSection> sections = ProcedureNoteSections.of(completedRfa(),
                Optional.of(new EligibilityResult(false, List.of(missing), List.of(), List.of())),
                Map.of("dr.lee", "Dr. Morgan Lee")::get);

        assertEquals(List.of("Procedure", "Eligibility", "Safety checklist", "Technique", "Immediate relief",
                "Performing physician"), sections.stream().map(DocumentSection::heading).toList());
        String text = text(sections);
        assertTrue(text.contains("64635, 64636"), text);
        assertTrue(text.contains("<td>Not met</td><td>Two positive medial branch blocks are missing for left</td>"
                + "<td>CMS LCD L38803</td>"), text);
        assertTrue(text.contains("Override by Dr. Morgan Lee (dr.lee):</strong> Two positive blocks documented"), text);
        assertTrue(text.contains("<td>Pregnancy excluded</td><td>not applicable</td>"), text);
        assertTrue(text.contains("35 s, 12.5 mGy·cm²"), text);
        assertTrue(text.contains("75 %"), text);
        assertTrue(text.contains("Performing physician: <p>Dr. Morgan Lee (dr.lee)</p>"), text);
    }

    @Test
    void historyEnteredAfterTheFactSaysWhatWasNotRecorded() {
        ProcedureRecord r = new ProcedureRecord(8L, 42, "TRIGGER_POINT", null, List.of(), LocalDate.of(2026, 1, 5),
                ProcedureStatus.SCHEDULED,
                "dr.lee", LocalDateTime.of(2026, 11, 1, 9, 0));
        r.recordOutcome(null, null, null);
        String text = text(ProcedureNoteSections.of(r, Optional.empty(), name -> null));
        assertTrue(text.contains("No eligibility rules apply"), text);
        assertTrue(text.contains("No procedure note was recorded."), text);
        assertTrue(text.contains("Immediate relief: <p>Not recorded.</p>"), text);
        assertTrue(text.contains("Not recorded (entered after the fact)."), text);
        assertTrue(text.contains("Side:</strong> not applicable"), text);
    }
}
