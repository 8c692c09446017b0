package org.algos.careplan.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.algos.careplan.web.portal.PlanProblems;
import org.junit.jupiter.api.Test;

class PlanProblemsTest {

    @Test
    void problemsNamingADiagnosisAreTickedTheOthersStayAsText() {
        String lowBack = PlanProblems.ofDiagnosis("M54.50", "Low back pain, unspecified");
        PlanProblems.Split split = PlanProblems.split(List.of(lowBack, "Fear of movement", "Poor sleep"),
                Set.of(lowBack, "G89.29 Other chronic pain"));
        assertEquals(List.of("M54.50 Low back pain, unspecified"), split.linked());
        assertEquals("Fear of movement\nPoor sleep", split.others());
    }

    @Test
    void joiningKeepsTheTickedFirstThenEachNonBlankLineOnce() {
        assertEquals(List.of("M54.50 Low back pain, unspecified", "Fear of movement", "Poor sleep"),
                PlanProblems.join(List.of("M54.50 Low back pain, unspecified"),
                        "  Fear of movement \r\n\nPoor sleep\nM54.50 Low back pain, unspecified\n"));
        assertEquals(List.of(), PlanProblems.join(null, null));
    }
}
