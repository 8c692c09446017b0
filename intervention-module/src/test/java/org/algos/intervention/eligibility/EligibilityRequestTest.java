package org.algos.intervention.eligibility;

import static org.algos.intervention.eligibility.ChartFixture.day;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.value.Laterality;
import org.algos.intervention.catalogue.Procedure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EligibilityRequestTest {

    @ParameterizedTest
    @EnumSource(value = Procedure.class, names = {"MBB_LUMBAR", "MBB_CERVICAL", "RFA_LUMBAR", "RFA_CERVICAL",
            "ESI_LUMBAR_TF", "SIJ_INJECTION", "STELLATE_GANGLION", "LUMBAR_SYMPATHETIC"})
    void aProcedureOnAPairedStructureNeedsASide(Procedure procedure) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new EligibilityRequest(procedure, null, day("2025-03-10")));
        assertEquals(List.of("side"), fields(e));
    }

    @ParameterizedTest
    @EnumSource(value = Procedure.class, names = {"RFA_LUMBAR", "SIJ_INJECTION"})
    void midlineIsNoSideOfAPairedStructure(Procedure procedure) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new EligibilityRequest(procedure, Laterality.MIDLINE, day("2025-03-10")));
        assertEquals(List.of("side"), fields(e));
    }

    @ParameterizedTest
    @EnumSource(value = Procedure.class, names = {"ESI_LUMBAR_IL", "ESI_CERVICAL_IL", "ESI_CAUDAL", "SCS_TRIAL",
            "SCS_IMPLANT", "TRIGGER_POINT"})
    void otherProceduresNeedNoSide(Procedure procedure) {
        assertDoesNotThrow(() -> new EligibilityRequest(procedure, null, day("2025-03-10")));
        assertDoesNotThrow(() -> new EligibilityRequest(procedure, Laterality.MIDLINE, day("2025-03-10")));
    }

    @Test
    void aMissingProcedureAndDateAreBothNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new EligibilityRequest(null, null, null));
        assertEquals(List.of("procedure", "date"), fields(e));
    }

    @Test
    void theApiParametersAreParsedCaseInsensitively() {
        EligibilityRequest request = EligibilityRequest.parse("rfa_lumbar", "Left", "2025-03-10");
        assertEquals(new EligibilityRequest(Procedure.RFA_LUMBAR, Laterality.LEFT, day("2025-03-10")), request);
        assertEquals(new EligibilityRequest(Procedure.SCS_TRIAL, null, day("2025-03-10")),
                EligibilityRequest.parse("SCS_TRIAL", "", "2025-03-10"));
    }

    @Test
    void everyWrongParameterIsNamedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EligibilityRequest.parse("RFA_KNEE", "up", "10/03/2025"));
        assertEquals(List.of("procedure", "side", "date"), fields(e));
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> EligibilityRequest.parse(null, null, null));
        assertEquals(List.of("procedure", "date"), fields(missing));
    }

    @Test
    void aMissingSideIsReportedForAParsedAblation() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EligibilityRequest.parse("RFA_LUMBAR", null, "2025-03-10"));
        assertEquals(List.of("side"), fields(e));
    }

    @Test
    void aBilateralRequestIsJudgedForEachSide() {
        assertEquals(List.of(Laterality.LEFT, Laterality.RIGHT),
                new EligibilityRequest(Procedure.RFA_LUMBAR, Laterality.BILATERAL, day("2025-03-10")).eachSide());
        assertEquals(List.of(Laterality.RIGHT),
                new EligibilityRequest(Procedure.RFA_LUMBAR, Laterality.RIGHT, day("2025-03-10")).eachSide());
        assertEquals(List.of(), new EligibilityRequest(Procedure.SCS_TRIAL, null, day("2025-03-10")).eachSide());
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }
}
