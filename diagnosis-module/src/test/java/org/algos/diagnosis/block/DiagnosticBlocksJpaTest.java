package org.algos.diagnosis.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.algos.diagnosis.DiagnosisPersistence;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.patient.Patient;
import org.algos.domain.port.DiagnosticBlockFact;
import org.algos.domain.port.DiagnosticBlockHistory;
import org.algos.domain.testkit.InMemoryDatabase;
import org.algos.domain.user.Caller;
import org.algos.domain.value.Laterality;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Diagnostic blocks as the chart and the intervention rules (through the port) read them. */
class DiagnosticBlocksJpaTest {

    @RegisterExtension
    static final InMemoryDatabase db = DiagnosisPersistence.database();

    private final DiagnosticBlocks blocks = db.service(DiagnosticBlocks.class);
    private Patient jane;
    private Caller lee;

    @BeforeEach
    void aPatientWithHerPhysician() {
        jane = db.people().patient("Jane", "Doe");
        lee = db.people().physician("dr.lee", jane);
        db.actAs(lee);
    }

    private void block(Patient patient, String side, int before, int after, int daysAgo) {
        db.run(() -> blocks.record(patient.id(), new DiagnosticBlocks.Report("mbb_lumbar", null, side,
                List.of("l4-l5", "L5-S1"), "bupivacaine 0.5 %", before, after, db.today().minusDays(daysAgo).toString())));
    }

    @Test
    void theHistoryIsOldestFirstWhateverTheOrderOfEntry() {
        block(jane, "left", 8, 1, 14);
        block(jane, "right", 8, 4, 40);
        block(jane, "left", 6, 0, 30);

        List<DiagnosticBlock> history = db.call(() -> blocks.history(jane.id()));

        assertEquals(List.of(db.today().minusDays(40), db.today().minusDays(30), db.today().minusDays(14)),
                history.stream().map(DiagnosticBlock::performedOn).toList());
        assertEquals(List.of("L4-L5", "L5-S1"), history.get(0).levels());
    }

    @Test
    void thePortGivesEachBlocksReliefAndVerdictForThisPatientOnly() {
        Patient john = db.people().patient("John", "Roe");
        db.people().joinTeam(lee, john);
        block(john, "right", 9, 0, 25);
        block(jane, "left", 8, 1, 20);   // 87.5 %: positive at the 80 % of a medial branch block
        block(jane, "left", 8, 3, 10);   // 62.5 %: negative

        List<DiagnosticBlockFact> facts = db.call(() -> ((DiagnosticBlockHistory) blocks).blocksOf(
                db.guard().authorize(jane.id(), AuditAction.READ, "Eligibility/RFA_LUMBAR", "eligibility")));

        assertEquals(List.of(87.5, 62.5), facts.stream().map(DiagnosticBlockFact::reliefPercent).toList());
        assertEquals(List.of(true, false), facts.stream().map(DiagnosticBlockFact::positive).toList());
        assertEquals(Laterality.LEFT, facts.get(0).side());
        assertEquals("MBB_LUMBAR", facts.get(0).type());
    }
}
