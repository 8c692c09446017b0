package org.algos.intervention.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.value.SpineRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProcedureTest {

    @Test
    void theCatalogueHoldsExactlyTheProductsProcedureCodes() {
        Set<String> codes = Arrays.stream(Procedure.values()).map(Procedure::code).collect(Collectors.toSet());
        assertEquals(Set.of("MBB_LUMBAR", "MBB_CERVICAL", "RFA_LUMBAR", "RFA_CERVICAL", "ESI_LUMBAR_TF", "ESI_LUMBAR_IL",
                "ESI_CERVICAL_IL", "ESI_CAUDAL", "SIJ_INJECTION", "SCS_TRIAL", "SCS_IMPLANT", "TRIGGER_POINT",
                "STELLATE_GANGLION", "LUMBAR_SYMPATHETIC"), codes);
    }

    @ParameterizedTest(name = "{0} bills {1}")
    @CsvSource(delimiter = ';', value = {
            "MBB_LUMBAR;         64493 64494 64495",
            "MBB_CERVICAL;       64490 64491 64492",
            "RFA_LUMBAR;         64635 64636",
            "RFA_CERVICAL;       64633 64634",
            "ESI_LUMBAR_TF;      64483 64484",
            "ESI_LUMBAR_IL;      62323",
            "ESI_CAUDAL;         62323",
            "ESI_CERVICAL_IL;    62321",
            "SIJ_INJECTION;      27096",
            "TRIGGER_POINT;      20552 20553",
            "STELLATE_GANGLION;  64510",
            "LUMBAR_SYMPATHETIC; 64520",
            "SCS_TRIAL;          63650",
            "SCS_IMPLANT;        63685 63650"})
    void cptCodesAreTheReferencesCodes(Procedure procedure, String codes) {
        assertEquals(List.of(codes.split(" ")), procedure.cptCodes());
    }

    @ParameterizedTest(name = "{0} is {1} bleeding risk")
    @CsvSource({
            "MBB_CERVICAL, INTERMEDIATE", "RFA_CERVICAL, INTERMEDIATE",
            "MBB_LUMBAR, LOW", "RFA_LUMBAR, LOW",
            "ESI_LUMBAR_TF, INTERMEDIATE", "ESI_LUMBAR_IL, INTERMEDIATE", "ESI_CERVICAL_IL, INTERMEDIATE",
            "ESI_CAUDAL, INTERMEDIATE",
            "STELLATE_GANGLION, INTERMEDIATE", "LUMBAR_SYMPATHETIC, INTERMEDIATE",
            "SCS_TRIAL, HIGH", "SCS_IMPLANT, HIGH",
            "TRIGGER_POINT, LOW", "SIJ_INJECTION, LOW"})
    void bleedingRiskFollowsAsraPainMedicine(Procedure procedure, BleedingRisk risk) {
        assertEquals(risk, procedure.bleedingRisk());
    }

    @ParameterizedTest(name = "{0} is in family {1}")
    @CsvSource({
            "MBB_LUMBAR, FACET_BLOCK", "MBB_CERVICAL, FACET_BLOCK",
            "RFA_LUMBAR, FACET_RFA", "RFA_CERVICAL, FACET_RFA",
            "ESI_LUMBAR_TF, EPIDURAL", "ESI_LUMBAR_IL, EPIDURAL", "ESI_CERVICAL_IL, EPIDURAL", "ESI_CAUDAL, EPIDURAL",
            "SIJ_INJECTION, SACROILIAC", "SCS_TRIAL, NEUROMODULATION", "SCS_IMPLANT, NEUROMODULATION",
            "TRIGGER_POINT, SOFT_TISSUE", "STELLATE_GANGLION, SYMPATHETIC", "LUMBAR_SYMPATHETIC, SYMPATHETIC"})
    void eachProcedureBelongsToItsFamily(Procedure procedure, ProcedureFamily family) {
        assertEquals(family, procedure.family());
    }

    @Test
    void everyLumbosacralEpiduralApproachSharesOneAreaAndTheCervicalOneStandsApart() {
        for (Procedure p : List.of(Procedure.ESI_LUMBAR_TF, Procedure.ESI_LUMBAR_IL, Procedure.ESI_CAUDAL)) {
            assertEquals(Optional.of(SpinalArea.LUMBOSACRAL), p.spinalArea(), p.code());
        }
        assertEquals(Optional.of(SpinalArea.CERVICOTHORACIC), Procedure.ESI_CERVICAL_IL.spinalArea());
        assertEquals(Optional.of(SpineRegion.SACRAL), Procedure.ESI_CAUDAL.spineRegion());
        assertEquals(Optional.of(SpinalArea.LUMBOSACRAL), Procedure.RFA_LUMBAR.spinalArea());
        assertEquals(Optional.of(SpinalArea.CERVICOTHORACIC), Procedure.MBB_CERVICAL.spinalArea());
    }

    @ParameterizedTest
    @EnumSource(value = Procedure.class, names = {"SIJ_INJECTION", "SCS_TRIAL", "SCS_IMPLANT", "TRIGGER_POINT",
            "STELLATE_GANGLION", "LUMBAR_SYMPATHETIC"})
    void proceduresNotCountedBySpinalRegionHaveNone(Procedure procedure) {
        assertTrue(procedure.spineRegion().isEmpty());
        assertTrue(procedure.spinalArea().isEmpty());
    }

    @ParameterizedTest(name = "{0}: levels {1}, side {2}")
    @CsvSource({
            "MBB_LUMBAR, true, true", "MBB_CERVICAL, true, true", "RFA_LUMBAR, true, true", "RFA_CERVICAL, true, true",
            "ESI_LUMBAR_TF, true, true", "ESI_LUMBAR_IL, true, false", "ESI_CERVICAL_IL, true, false",
            "ESI_CAUDAL, false, false", "SIJ_INJECTION, false, true", "SCS_TRIAL, false, false",
            "SCS_IMPLANT, false, false", "TRIGGER_POINT, false, false", "STELLATE_GANGLION, false, true",
            "LUMBAR_SYMPATHETIC, false, true"})
    void pairedStructuresNeedASideAndSpinalInjectionsNeedLevels(Procedure procedure, boolean levels, boolean side) {
        assertEquals(levels, procedure.needsLevels());
        assertEquals(side, procedure.needsSide());
    }

    @Test
    void displayNamesAreDistinctAndNotTheCode() {
        Set<String> names = Arrays.stream(Procedure.values()).map(Procedure::displayName).collect(Collectors.toSet());
        assertEquals(Procedure.values().length, names.size());
        for (Procedure p : Procedure.values()) {
            assertFalse(p.displayName().isBlank());
            assertFalse(p.displayName().equals(p.code()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"RFA_LUMBAR", "rfa_lumbar", "Rfa_Lumbar", "  rfa_lumbar "})
    void parsingIgnoresCaseAndSurroundingBlanks(String code) {
        assertEquals(Procedure.RFA_LUMBAR, Procedure.parse(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RFA", "RFA-LUMBAR", "ESI_THORACIC", "64635"})
    void anUnknownCodeIsInvalidInputOnTheProcedureField(String code) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Procedure.parse(code));
        assertEquals("procedure", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("RFA_LUMBAR"), "names the known codes");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void aMissingCodeIsRequired(String code) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Procedure.parse(code));
        assertEquals("procedure", e.errors().get(0).field());
        assertEquals("is required", e.errors().get(0).message());
    }
}
