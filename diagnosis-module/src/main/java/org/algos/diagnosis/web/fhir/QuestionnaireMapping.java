package org.algos.diagnosis.web.fhir;

import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.Item;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * An instrument as a Questionnaire: one integer item per scored item, with its published range
 * (the core {@code minValue}/{@code maxValue} extensions). Item texts are topics in Algos' own
 * words: the texts of licensed instruments may not be shipped.
 */
final class QuestionnaireMapping {

    static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

    private QuestionnaireMapping() {
    }

    static String canonical(String instrument) {
        return Fhir.ALGOS_CODES + "Questionnaire/" + instrument;
    }

    static Questionnaire toFhir(Instrument instrument) {
        Questionnaire q = new Questionnaire();
        q.setId("Questionnaire/" + instrument.code());
        q.setUrl(canonical(instrument.code())).setName(instrument.code()).setTitle(instrument.name())
                .setStatus(PublicationStatus.ACTIVE).addSubjectType("Patient")
                .setDescription(instrument.source());
        InstrumentCodes.panel(instrument.code()).ifPresent(q::addCode);
        for (Item item : instrument.items()) {
            Questionnaire.QuestionnaireItemComponent question = q.addItem().setLinkId(item.key())
                    .setText(item.label()).setType(Questionnaire.QuestionnaireItemType.INTEGER);
            question.addExtension(MIN_VALUE, new IntegerType(item.min()));
            question.addExtension(MAX_VALUE, new IntegerType(item.max()));
        }
        return q;
    }
}
