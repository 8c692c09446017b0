package org.algos.diagnosis;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.algos.diagnosis.assessment.Assessment;
import org.algos.diagnosis.assessment.QuestionnaireAssignment;
import org.algos.diagnosis.assessment.SafetyAlert;
import org.algos.diagnosis.block.DiagnosticBlock;
import org.algos.diagnosis.diagnosis.Diagnosis;
import org.algos.diagnosis.imaging.ImagingFinding;
import org.algos.diagnosis.pain.BodyMapMark;
import org.algos.diagnosis.pain.PainAssessment;
import org.algos.domain.testkit.InMemoryDatabase;

/** The diagnosis module's tables and entities for the JPA tests, and answer sheets to store. */
public final class DiagnosisPersistence {

    private DiagnosisPersistence() {
    }

    public static InMemoryDatabase database() {
        return InMemoryDatabase.forModule("diagnosis", Assessment.class, SafetyAlert.class, PainAssessment.class,
                BodyMapMark.class, Diagnosis.class, ImagingFinding.class, DiagnosticBlock.class,
                QuestionnaireAssignment.class);
    }

    /** Items "1" … "count" all answered {@code value}. */
    public static Map<String, Integer> answers(int count, int value) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            answers.put(String.valueOf(i), value);
        }
        return answers;
    }

    /** An ODI with every section at {@code value}: 20 % per point. */
    public static Map<String, Integer> odi(int value) {
        return answers(10, value);
    }

    /** An ODI with two sections skipped, which cannot be scored. */
    public static Map<String, Integer> unscorableOdi() {
        return answers(8, 3);
    }

    /** A PHQ-9 totalling {@code 8 + item9}; item 9 above 0 raises the self-harm alert. */
    public static Map<String, Integer> phq9(int item9) {
        Map<String, Integer> answers = answers(8, 1);
        answers.put("9", item9);
        return answers;
    }

    public static LocalDateTime daysAgo(InMemoryDatabase db, int days) {
        return db.now().minusDays(days);
    }
}
