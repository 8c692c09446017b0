package org.algos.domain.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueObjectsTest {

    @Test
    void painScoresRunFromZeroToTen() {
        assertEquals(0, PainScore.of(0).value());
        assertEquals(10, PainScore.of(10).value());
        assertThrows(IllegalArgumentException.class, () -> PainScore.of(-1));
        assertThrows(IllegalArgumentException.class, () -> PainScore.of(11));
    }

    @Test
    void reliefIsTheFallAsAShareOfTheScoreBefore() {
        assertEquals(80.0, PainScore.of(5).reliefPercentTo(PainScore.of(1)), 1e-9);
        assertEquals(75.0, PainScore.of(8).reliefPercentTo(PainScore.of(2)), 1e-9);
        assertEquals(-50.0, PainScore.of(4).reliefPercentTo(PainScore.of(6)), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> PainScore.of(0).reliefPercentTo(PainScore.of(0)));
    }

    @Test
    void farrarImportantImprovementIsTwoPointsOrThirtyPercent() {
        assertTrue(PainScore.of(8).isClinicallyImportantImprovementTo(PainScore.of(6)), "2 points");
        assertFalse(PainScore.of(8).isClinicallyImportantImprovementTo(PainScore.of(7)), "1 point, 12.5 %");
        assertTrue(PainScore.of(3).isClinicallyImportantImprovementTo(PainScore.of(2)), "1 point but 33 %");
        assertTrue(PainScore.of(10).isClinicallyImportantImprovementTo(PainScore.of(8)), "2 points, 20 %");
        assertFalse(PainScore.of(4).isClinicallyImportantImprovementTo(PainScore.of(4)));
    }

    @Test
    void levelsKnowTheirRegionAndNeighbours() {
        assertEquals(SpineRegion.CERVICAL, SpinalLevel.C7.region());
        assertEquals(SpineRegion.THORACIC, SpinalLevel.T1.region());
        assertEquals(SpineRegion.SACRAL, SpinalLevel.S1.region());
        assertTrue(SpinalLevel.L5.isDirectlyAbove(SpinalLevel.S1));
        assertFalse(SpinalLevel.L4.isDirectlyAbove(SpinalLevel.S1));
        assertEquals(SpinalLevel.L4, SpinalLevel.parse(" l4 "));
        assertThrows(IllegalArgumentException.class, () -> SpinalLevel.parse("L6"));
    }

    @Test
    void segmentsJoinAdjacentLevelsAndTheLumbosacralOneCountsAsLumbar() {
        SpinalSegment l5s1 = SpinalSegment.parse("L5-S1");
        assertEquals("L5-S1", l5s1.toString());
        assertEquals(SpineRegion.LUMBAR, l5s1.region());
        assertTrue(l5s1.region().isLumbosacral());
        assertEquals(SpineRegion.CERVICAL, SpinalSegment.parse("C5-C6").region());
        assertThrows(IllegalArgumentException.class, () -> SpinalSegment.parse("L3-L5"));
        assertThrows(IllegalArgumentException.class, () -> SpinalSegment.parse("L5"));
    }

    @Test
    void aBilateralProcedureCoversEachSide() {
        assertTrue(Laterality.BILATERAL.covers(Laterality.LEFT));
        assertTrue(Laterality.BILATERAL.covers(Laterality.RIGHT));
        assertFalse(Laterality.LEFT.covers(Laterality.RIGHT));
        assertFalse(Laterality.MIDLINE.covers(Laterality.LEFT));
    }

    @Test
    void codedConceptsAreEqualBySystemAndCode() {
        CodedConcept a = new CodedConcept(CodedConcept.ICD11, "MG30.5", "Chronic neuropathic pain");
        CodedConcept b = new CodedConcept(CodedConcept.ICD11, "MG30.5", "");
        assertEquals(a, b);
        assertFalse(a.sameConceptAs(new CodedConcept(CodedConcept.ICD10CM, "MG30.5", "")));
        assertThrows(IllegalArgumentException.class, () -> new CodedConcept("", "x", null));
    }
}
