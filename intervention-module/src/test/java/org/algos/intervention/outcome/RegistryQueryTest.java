package org.algos.intervention.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.algos.intervention.catalogue.Procedure;
import org.junit.jupiter.api.Test;

/** A registry question names a procedure or a family, a date range and 3, 6 or 12 months. */
class RegistryQueryTest {

    @Test
    void aProcedureOrAFamilyIsNamed() {
        assertEquals(List.of(Procedure.RFA_LUMBAR),
                RegistryQuery.parse("RFA_LUMBAR", "2026-01-01", "2026-06-30", "6").procedures());
        RegistryQuery family = RegistryQuery.parse("facet-rfa", "2026-01-01", "2026-06-30", "12");
        assertEquals(List.of(Procedure.RFA_LUMBAR, Procedure.RFA_CERVICAL), family.procedures());
        assertEquals(FollowUpPoint.TWELVE_MONTHS, family.point());
    }

    @Test
    void everyWrongFieldIsNamed() {
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> RegistryQuery.parse("YOGA", "2026-13-01", "", "4"));
        assertEquals(List.of("procedure", "from", "to", "months"), bad.errors().stream().map(FieldError::field).toList());
        InvalidInputException backwards = assertThrows(InvalidInputException.class,
                () -> RegistryQuery.parse("RFA_LUMBAR", "2026-06-30", "2026-01-01", "3"));
        assertEquals("to", backwards.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> RegistryQuery.parse("RFA_LUMBAR", "2010-01-01", "2026-01-01", "3"),
                "more than ten years");
        assertThrows(InvalidInputException.class, () -> RegistryQuery.parse("RFA_LUMBAR", "2026-01-01", "2026-02-01", "0"),
                "the 2-week point is not a registry point");
    }
}
