package org.algos.web.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    private static String joined(List<StringType> parts) {
        return String.join(" ", parts.stream().map(StringType::getValue).toList());
    }

    @Test
    void titleGivenFamilyAndSuffixAreSeparatedAndTheWholeNameKept() {
        HumanName name = PersonName.of("Dr. Petra Novak, PsyD");
        assertEquals("Novak", name.getFamily());
        assertEquals("Petra", joined(name.getGiven()));
        assertEquals("Dr.", joined(name.getPrefix()));
        assertEquals("PsyD", joined(name.getSuffix()));
        assertEquals("Dr. Petra Novak, PsyD", name.getText());
    }

    @Test
    void namesWithSeveralGivenNamesOrAccentsOrOneWord() {
        HumanName name = PersonName.of("María José Fernández");
        assertEquals("Fernández", name.getFamily());
        assertEquals("María José", joined(name.getGiven()));
        assertEquals(0, name.getPrefix().size());
        assertEquals("Dubois", PersonName.of("Dubois").getFamily());
        assertEquals("Dr", PersonName.of("Dr").getFamily(), "a title alone is the only word there is");
    }
}
