package org.algos.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.algos.diagnosis.assessment.Assessment;
import org.algos.diagnosis.assessment.Assessments;
import org.algos.diagnosis.instrument.Answers;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.junit.jupiter.api.Test;

class PatientAreaTest {

    @Test
    void thePatientsProgressCoversTheQuestionnairesTheyFillInButNotTheClinicianAdministeredOnes() {
        assertEquals(List.of("BPI", "ODI", "NDI", "PHQ9", "GAD7", "PCS", "PEG", "STARTBACK"), MyProgressBean.INSTRUMENTS);
    }

    @Test
    void aProgressCardExplainsTheLatestResultAgainstTheFirst() {
        Instrument phq9 = InstrumentCatalogue.find("PHQ9").orElseThrow();
        LocalDateTime t0 = LocalDateTime.of(2026, 1, 5, 9, 0);
        Assessment first = stored(phq9, 2, t0);
        Assessment later = stored(phq9, 1, t0.plusDays(30));
        List<Assessments.TrendPoint> history = List.of(new Assessments.TrendPoint(first, 0.0, true, false),
                new Assessments.TrendPoint(later, -8.0, false, true));
        MyProgressBean.Progress card = MyProgressBean.progress(phq9, history);
        assertEquals("PHQ-9", card.name());
        assertEquals("Your PHQ-9 score is 8 out of 27. That is in the range the questionnaire calls \"mild\" (5 to 9)."
                + " Lower scores are better.", card.latest());
        assertEquals("Your PHQ-9 went from 16 to 8: 8 points better, more than the 5 points that counts as a meaningful"
                + " improvement.", card.change());
        assertEquals(List.of(new MyProgressBean.ResultRow("2026-01-05", "16 out of 27", "moderately severe"),
                new MyProgressBean.ResultRow("2026-02-04", "8 out of 27", "mild")), card.rows());
        assertTrue(card.chart().contains("\"Meaningful improvement\""), card.chart());
    }

    /** Items 1–8 answered {@code each}, item 9 answered 0: a total of 8 × each. */
    private static Assessment stored(Instrument instrument, int each, LocalDateTime at) {
        Map<String, Integer> answers = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put(String.valueOf(i), i == 9 ? 0 : each);
        }
        Answers given = new Answers(answers, null);
        return new Assessment(null, 1, instrument, given, instrument.score(given), at, "pat.doe", at);
    }
}
