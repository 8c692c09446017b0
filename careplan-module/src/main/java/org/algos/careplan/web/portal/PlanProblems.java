package org.algos.careplan.web.portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems of a care plan as the editor shows them: those that name one of the patient's
 * diagnoses ("M54.50 Low back pain, unspecified") are ticked in the diagnosis list, the others are
 * free text, one per line. The plan keeps them all as text lines.
 */
final class PlanProblems {

    private PlanProblems() {
    }

    /** The problem text for a diagnosis: its code and title. */
    static String ofDiagnosis(String code, String title) {
        return code + " " + title;
    }

    /** A plan's problems split into those linked to a diagnosis (in {@code diagnosisProblems}) and the others. */
    record Split(List<String> linked, String others) {
    }

    static Split split(List<String> problems, Set<String> diagnosisProblems) {
        List<String> linked = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String problem : problems) {
            (diagnosisProblems.contains(problem) ? linked : others).add(problem);
        }
        return new Split(List.copyOf(linked), String.join("\n", others));
    }

    /** The ticked diagnoses first, then each non-blank line of the free text; no problem twice. */
    static List<String> join(List<String> linked, String others) {
        Set<String> all = new LinkedHashSet<>(linked == null ? List.of() : linked);
        if (others != null) {
            Arrays.stream(others.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).forEach(all::add);
        }
        return List.copyOf(all);
    }
}
