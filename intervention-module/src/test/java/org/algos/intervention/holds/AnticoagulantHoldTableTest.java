package org.algos.intervention.holds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.algos.intervention.catalogue.BleedingRisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnticoagulantHoldTableTest {

    private final AnticoagulantHoldTable defaults = AnticoagulantHoldTable.defaults();

    @ParameterizedTest
    @CsvSource({
            "warfarin, 5", "clopidogrel, 7", "prasugrel, 7", "ticagrelor, 5", "apixaban, 3", "rivaroxaban, 3",
            "edoxaban, 3", "dabigatran, 4", "fondaparinux, 4"})
    void theReferenceDaysBeforeHighAndIntermediateRisk(String drug, int days) {
        assertEquals(Optional.of(days), defaults.holdDays(drug));
    }

    @Test
    void theTableHoldsExactlyTheReferenceDrugs() {
        assertEquals(List.of("warfarin", "clopidogrel", "prasugrel", "ticagrelor", "apixaban", "rivaroxaban",
                "edoxaban", "dabigatran", "fondaparinux"), List.copyOf(defaults.holdDays().keySet()));
    }

    @Test
    void aspirinForPrimaryPreventionIsHeldSixDays() {
        assertEquals(6, defaults.aspirinPrimaryPreventionDays());
        assertTrue(defaults.isAspirin("aspirin"));
        assertTrue(defaults.isAspirin("Acetylsalicylic Acid"));
        assertTrue(defaults.holdDays("aspirin").isEmpty(), "aspirin has its own rule");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ibuprofen", "naproxen", "diclofenac", "meloxicam", "celecoxib", "ketorolac",
            "indomethacin", "etodolac"})
    void commonNsaidsAreRecognisedWithoutADayCount(String drug) {
        assertTrue(defaults.isNsaid(drug));
        assertTrue(defaults.holdDays(drug).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"APIXABAN", " Apixaban ", "apiXaban"})
    void namesAreMatchedIgnoringCaseAndBlanks(String drug) {
        assertEquals(Optional.of(3), defaults.holdDays(drug));
    }

    @Test
    void otherDrugsAreNotInTheTable() {
        assertTrue(defaults.holdDays("metformin").isEmpty());
        assertFalse(defaults.isNsaid("paracetamol"));
        assertFalse(defaults.isAspirin(null));
        assertTrue(defaults.holdDays(null).isEmpty());
    }

    @Test
    void aClinicMaySetAnotherDayCountWithinTheReferenceRange() {
        AnticoagulantHoldTable table = defaults.withHoldDays("Prasugrel", 10).withHoldDays("dabigatran", 6);
        assertEquals(Optional.of(10), table.holdDays("prasugrel"));
        assertEquals(Optional.of(6), table.holdDays("dabigatran"));
        assertEquals(Optional.of(7), defaults.holdDays("prasugrel"), "the defaults are unchanged");
    }

    @Test
    void aClinicMaySetItsWholeTable() {
        AnticoagulantHoldTable table = new AnticoagulantHoldTable(Map.of(" Warfarin ", 6), 7, Set.of("Ibuprofen"));
        assertEquals(Map.of("warfarin", 6), table.holdDays());
        assertEquals(7, table.aspirinPrimaryPreventionDays());
        assertEquals(Set.of("ibuprofen"), table.nsaids());
        assertFalse(table.isNsaid("naproxen"));
    }

    @Test
    void dayCountsBelowOneAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> defaults.withHoldDays("warfarin", 0));
        Map<String, Integer> missing = new HashMap<>();
        missing.put("warfarin", null);
        assertThrows(IllegalArgumentException.class, () -> new AnticoagulantHoldTable(missing, 6, Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new AnticoagulantHoldTable(Map.of(), 0, Set.of()));
    }

    @Test
    void namesMustBeGivenOnceAndInOneGroup() {
        assertThrows(IllegalArgumentException.class, () -> defaults.withHoldDays(" ", 3));
        assertThrows(IllegalArgumentException.class,
                () -> new AnticoagulantHoldTable(Map.of("warfarin", 5, "WARFARIN", 6), 6, Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new AnticoagulantHoldTable(Map.of("ibuprofen", 5), 6, Set.of("ibuprofen")));
        assertThrows(IllegalArgumentException.class, () -> defaults.withHoldDays("aspirin", 7));
        assertThrows(IllegalArgumentException.class,
                () -> new AnticoagulantHoldTable(Map.of(), 6, Set.of("aspirin")));
    }

    @Test
    void theTablesAreReadOnly() {
        assertThrows(UnsupportedOperationException.class, () -> defaults.holdDays().put("heparin", 1));
        assertThrows(UnsupportedOperationException.class, () -> defaults.nsaids().add("aspirin"));
    }

    @Test
    void theSourceNamesTheAsraGuideline() {
        assertTrue(AnticoagulantHoldTable.SOURCE.contains("Narouze"), AnticoagulantHoldTable.SOURCE);
    }
}
