package org.algos.diagnosis.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.algos.domain.value.CodedConcept;
import org.junit.jupiter.api.Test;

class DiagnosisCodeListTest {

    @Test
    void theListHoldsTheNineIcd11ChronicPainCodesOfTheClinicalReference() {
        List<String> icd11 = DiagnosisCodeList.all().stream().filter(c -> c.system().equals("ICD11"))
                .map(DiagnosisCode::code).toList();
        assertEquals(List.of("MG30.0", "MG30.1", "MG30.2", "MG30.3", "MG30.4", "MG30.5", "MG30.6", "MG30.Y", "MG30.Z"),
                icd11);
        assertEquals("Chronic neuropathic pain", DiagnosisCodeList.find("ICD11", "MG30.5").orElseThrow().title());
    }

    @Test
    void everyCodeIsUniqueWithinItsSystemAndMapsToAFhirSystem() {
        Set<String> seen = new HashSet<>();
        for (DiagnosisCode code : DiagnosisCodeList.all()) {
            assertTrue(seen.add(code.system() + "|" + code.code()), "duplicate " + code);
            assertTrue(code.system().equals("ICD10CM") || code.system().equals("ICD11"), code.system());
            assertTrue(code.concept().system().equals(CodedConcept.ICD10CM) || code.concept().system().equals(CodedConcept.ICD11));
        }
        assertTrue(DiagnosisCodeList.all().size() > 50);
    }

    @Test
    void searchMatchesACodePrefixOrEveryWordOfTheTitle() {
        assertTrue(DiagnosisCodeList.search("M54.5", 50).stream().allMatch(c -> c.code().startsWith("M54.5")));
        List<String> lumbarSpondylosis = DiagnosisCodeList.search("spondylosis lumbar", 50).stream()
                .map(DiagnosisCode::code).toList();
        assertTrue(lumbarSpondylosis.contains("M47.816"), lumbarSpondylosis::toString);
        assertTrue(!lumbarSpondylosis.contains("M47.812"), "cervical does not match 'lumbar'");
        assertEquals(3, DiagnosisCodeList.search("", 3).size());
    }
}
