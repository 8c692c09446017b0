package org.algos.diagnosis.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.algos.domain.value.PainScore;
import org.junit.jupiter.api.Test;

class BlockReliefTest {

    private static BlockRelief relief(BlockType type, int before, int after) {
        return BlockRelief.of(type, PainScore.of(before), PainScore.of(after));
    }

    @Test
    void aMedialBranchBlockIsPositiveFromExactlyEightyPercent() {
        assertTrue(relief(BlockType.MBB_LUMBAR, 5, 1).positive(), "5 → 1 is 80 %");
        assertTrue(relief(BlockType.MBB_CERVICAL, 10, 2).positive(), "10 → 2 is 80 %");
        BlockRelief seventyFive = relief(BlockType.MBB_LUMBAR, 8, 2);
        assertEquals(75.0, seventyFive.percent());
        assertFalse(seventyFive.positive());
        assertFalse(relief(BlockType.MBB_LUMBAR, 9, 2).positive(), "77.8 %");
        assertEquals(80, relief(BlockType.MBB_LUMBAR, 5, 1).threshold());
        assertTrue(relief(BlockType.MBB_LUMBAR, 5, 1).source().contains("L38803"));
    }

    @Test
    void otherDiagnosticBlocksArePositiveFromFiftyPercent() {
        assertTrue(relief(BlockType.SIJ_DIAGNOSTIC, 6, 3).positive(), "exactly 50 %");
        assertFalse(relief(BlockType.SIJ_DIAGNOSTIC, 7, 4).positive(), "42.9 %");
        assertTrue(relief(BlockType.SYMPATHETIC_DIAGNOSTIC, 4, 2).positive());
    }

    @Test
    void reliefIsRoundedForDisplayButJudgedUnrounded() {
        assertEquals(85.7, relief(BlockType.MBB_LUMBAR, 7, 1).percent());
        assertEquals(-50.0, relief(BlockType.SIJ_DIAGNOSTIC, 4, 6).percent(), "worse pain is negative relief");
        assertFalse(relief(BlockType.SIJ_DIAGNOSTIC, 4, 6).positive());
    }

    @Test
    void noPainBeforeTheBlockLeavesNothingToRelieve() {
        assertThrows(IllegalArgumentException.class, () -> relief(BlockType.MBB_LUMBAR, 0, 0));
    }
}
