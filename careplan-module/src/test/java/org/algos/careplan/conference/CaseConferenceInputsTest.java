package org.algos.careplan.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.Test;

class CaseConferenceInputsTest {

    @Test
    void eachClinicalDisciplineGivesTextAndBlankInputIsLeftOut() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("psychologist", " Catastrophizing high ");
        given.put("Physiotherapist", "Walks 10 minutes");
        given.put("nurse", " ");
        FieldErrors errors = new FieldErrors();
        Map<Role, String> inputs = CaseConferences.inputs(given, errors);
        assertTrue(errors.isEmpty());
        assertEquals(List.of(Role.PHYSIOTHERAPIST, Role.PSYCHOLOGIST), List.copyOf(inputs.keySet()),
                "in discipline order");
        assertEquals("Catastrophizing high", inputs.get(Role.PSYCHOLOGIST));
    }

    @Test
    void onlyClinicalDisciplinesGiveInput() {
        FieldErrors errors = new FieldErrors();
        CaseConferences.inputs(Map.of("admin", "x", "chiropractor", "y"), errors);
        InvalidInputException e = assertThrows(InvalidInputException.class, errors::throwIfAny);
        assertEquals(2, e.errors().size());
        assertTrue(e.errors().stream().map(FieldError::field).allMatch(f -> f.startsWith("inputs.")));
    }

    @Test
    void anInputIsAtMostFourThousandCharacters() {
        FieldErrors errors = new FieldErrors();
        CaseConferences.inputs(Map.of("physician", "x".repeat(CaseConferences.MAX_TEXT + 1)), errors);
        assertEquals("inputs.physician",
                assertThrows(InvalidInputException.class, errors::throwIfAny).errors().get(0).field());
    }

    @Test
    void noInputsIsFine() {
        assertTrue(CaseConferences.inputs(null, new FieldErrors()).isEmpty());
    }
}
