package org.algos.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void painScoresOutsideZeroToTenOrMissingAreNamedWithTheirField() {
        FieldErrors errors = new FieldErrors();
        assertEquals(0, errors.requiredPainScore("painAfter", 0).value());
        assertEquals(10, errors.requiredPainScore("painBefore", 10).value());
        assertNull(errors.requiredPainScore("nrsNow", 11));
        assertNull(errors.requiredPainScore("nrsWorst", -1));
        assertNull(errors.requiredPainScore("nrsAverage", null));
        InvalidInputException e = assertThrows(InvalidInputException.class, errors::throwIfAny);
        assertEquals(List.of(new FieldError("nrsNow", "must be between 0 and 10"),
                new FieldError("nrsWorst", "must be between 0 and 10"),
                new FieldError("nrsAverage", "is required")), e.errors());
    }

    @Test
    void optionalTextIsTrimmedBlankIsAbsentAndTooLongIsNamed() {
        FieldErrors errors = new FieldErrors();
        assertNull(errors.optionalText("note", null, 5));
        assertNull(errors.optionalText("note", "   ", 5));
        assertEquals("abcde", errors.optionalText("note", "  abcde ", 5));
        assertNull(errors.optionalText("details", "abcdef", 5));
        InvalidInputException e = assertThrows(InvalidInputException.class, errors::throwIfAny);
        assertEquals(List.of(new FieldError("details", "must be at most 5 characters")), e.errors());
    }
}
