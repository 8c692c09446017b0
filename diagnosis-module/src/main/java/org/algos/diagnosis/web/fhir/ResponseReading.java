package org.algos.diagnosis.web.fhir;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.diagnosis.instrument.Item;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;

/**
 * Reads a posted QuestionnaireResponse into what the assessment service takes, naming each wrong
 * element by its FHIRPath ({@code QuestionnaireResponse.item[3].answer}) so the OperationOutcome
 * points at it. Scoring then checks each answer against its item's range.
 */
final class ResponseReading {

    private ResponseReading() {
    }

    static long patientOf(QuestionnaireResponse r) {
        String reference = r.getSubject().getReference();
        if (reference == null || !reference.matches("(Patient/)?[0-9]{1,18}")) {
            throw InvalidInputException.of("QuestionnaireResponse.subject", "must refer to a Patient (Patient/123)");
        }
        return Long.parseLong(reference.substring(reference.lastIndexOf('/') + 1));
    }

    static String instrumentOf(QuestionnaireResponse r) {
        String canonical = r.getQuestionnaire();
        String code = canonical == null ? "" : canonical.substring(canonical.lastIndexOf('/') + 1);
        Instrument instrument = InstrumentCatalogue.find(code).orElse(null);
        if (instrument == null || !(canonical.equals(QuestionnaireMapping.canonical(instrument.code()))
                || canonical.equals("Questionnaire/" + instrument.code()))) {
            throw InvalidInputException.of("QuestionnaireResponse.questionnaire", "is not one of this server's"
                    + " Questionnaires (" + QuestionnaireMapping.canonical("PHQ9") + " …)");
        }
        if (r.getStatus() != QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED) {
            throw InvalidInputException.of("QuestionnaireResponse.status", "must be completed");
        }
        return instrument.code();
    }

    static Map<String, Integer> answersOf(QuestionnaireResponse r, String instrumentCode) {
        Map<String, Item> known = new LinkedHashMap<>();
        InstrumentCatalogue.find(instrumentCode).orElseThrow().items().forEach(item -> known.put(item.key(), item));
        FieldErrors errors = new FieldErrors();
        Map<String, Integer> answers = new LinkedHashMap<>();
        List<QuestionnaireResponseItemComponent> items = r.getItem();
        for (int i = 0; i < items.size(); i++) {
            QuestionnaireResponseItemComponent item = items.get(i);
            String path = "QuestionnaireResponse.item[" + i + "]";
            if (item.getLinkId() == null || item.getLinkId().isBlank()) {
                errors.add(path + ".linkId", "is required");
            } else if (!known.containsKey(item.getLinkId())) {
                errors.add(path + ".linkId", item.getLinkId() + " is not an item of " + instrumentCode);
            } else if (answers.containsKey(item.getLinkId())) {
                errors.add(path + ".linkId", "item " + item.getLinkId() + " is answered twice");
            } else if (item.getAnswer().size() != 1 || !(item.getAnswerFirstRep().getValue() instanceof IntegerType)) {
                errors.add(path + ".answer", "item " + item.getLinkId() + " takes one integer answer (valueInteger)");
            } else if (!item.getItem().isEmpty()) {
                errors.add(path + ".item", "the instruments have no nested items");
            } else {
                int value = ((IntegerType) item.getAnswerFirstRep().getValue()).getValue();
                Item question = known.get(item.getLinkId());
                if (value < question.min() || value > question.max()) {
                    errors.add(path + ".answer", "item " + item.getLinkId() + " must be between " + question.min()
                            + " and " + question.max());
                }
                answers.put(item.getLinkId(), value);
            }
        }
        errors.throwIfAny();
        return answers;
    }

    static LocalDateTime authoredOf(QuestionnaireResponse r) {
        return r.getAuthored() == null ? null : LocalDateTime.ofInstant(r.getAuthored().toInstant(), ZoneOffset.UTC);
    }
}
