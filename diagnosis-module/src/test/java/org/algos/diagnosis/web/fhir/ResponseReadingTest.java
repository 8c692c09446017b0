package org.algos.diagnosis.web.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class ResponseReadingTest {

    private static QuestionnaireResponse gad7(int... answers) {
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setQuestionnaire("urn:algos:fhir:Questionnaire/GAD7");
        r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        r.getSubject().setReference("Patient/42");
        r.setAuthoredElement(new DateTimeType("2026-11-20T08:00:00Z"));
        for (int i = 0; i < answers.length; i++) {
            r.addItem().setLinkId(String.valueOf(i + 1)).addAnswer().setValue(new IntegerType(answers[i]));
        }
        return r;
    }

    private static List<String> fields(Runnable reading) {
        InvalidInputException e = assertThrows(InvalidInputException.class, reading::run);
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aCompletedResponseIsReadAsTheAssessmentServiceTakesIt() {
        QuestionnaireResponse r = gad7(1, 2, 3, 0, 1, 2, 3);
        assertEquals(42, ResponseReading.patientOf(r));
        assertEquals("GAD7", ResponseReading.instrumentOf(r));
        assertEquals(Map.of("1", 1, "2", 2, "3", 3, "4", 0, "5", 1, "6", 2, "7", 3), ResponseReading.answersOf(r, "GAD7"));
        assertEquals(LocalDateTime.of(2026, 11, 20, 8, 0), ResponseReading.authoredOf(r));
        r.setQuestionnaire("Questionnaire/GAD7");
        assertEquals("GAD7", ResponseReading.instrumentOf(r), "a relative reference names it too");
    }

    @Test
    void eachWrongItemIsNamedByItsPath() {
        QuestionnaireResponse r = gad7(1, 2, 4);
        r.addItem().setLinkId("8").addAnswer().setValue(new IntegerType(1));
        r.addItem().setLinkId("1").addAnswer().setValue(new IntegerType(1));
        r.addItem().setLinkId("5").addAnswer().setValue(new StringType("often"));
        assertEquals(List.of("QuestionnaireResponse.item[2].answer", "QuestionnaireResponse.item[3].linkId",
                "QuestionnaireResponse.item[4].linkId", "QuestionnaireResponse.item[5].answer"),
                fields(() -> ResponseReading.answersOf(r, "GAD7")));
    }

    @Test
    void theQuestionnaireStatusAndSubjectMustBeOurs() {
        QuestionnaireResponse other = gad7(1);
        other.setQuestionnaire("http://example.org/Questionnaire/GAD7");
        assertEquals(List.of("QuestionnaireResponse.questionnaire"), fields(() -> ResponseReading.instrumentOf(other)));
        QuestionnaireResponse draft = gad7(1).setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        assertEquals(List.of("QuestionnaireResponse.status"), fields(() -> ResponseReading.instrumentOf(draft)));
        QuestionnaireResponse group = gad7(1);
        group.getSubject().setReference("Group/1");
        assertEquals(List.of("QuestionnaireResponse.subject"), fields(() -> ResponseReading.patientOf(group)));
    }
}
