package org.algos.diagnosis.web.fhir;

import java.time.ZoneOffset;
import java.util.Map;
import org.algos.diagnosis.assessment.Assessment;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * A stored assessment in FHIR: its answers as a QuestionnaireResponse, and its total score as a
 * US Core screening-assessment Observation derived from it (category survey, the score in UCUM's
 * {@code {score}}, the band as interpretation, subscales and percent as components). A form that
 * could not be scored has no value, a data-absent reason and the reason as a note.
 */
final class ScoreMapping {

    static final String SCREENING_ASSESSMENT = Fhir.US_CORE + "us-core-observation-screening-assessment";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
    static final String OBSERVATION_PREFIX = "score-";
    /** STarT Back's psychosocial subscore has a verified LOINC code (the clinical reference's list). */
    private static final Map<String, String> SUBSCALE_LOINC = Map.of("STARTBACK/psychosocial", "91350-9");

    private ScoreMapping() {
    }

    static Observation observation(Assessment a) {
        Instrument instrument = InstrumentCatalogue.find(a.instrument()).orElseThrow();
        Observation o = new Observation();
        o.setId("Observation/" + OBSERVATION_PREFIX + a.id());
        o.getMeta().addProfile(SCREENING_ASSESSMENT);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept().addCoding(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
        o.setCode(new CodeableConcept().addCoding(InstrumentCodes.total(a.instrument(), instrument.name()))
                .setText(instrument.name() + " total score"));
        o.setSubject(Fhir.patientReference(a.patientId()));
        o.setEffective(instant(a));
        o.addDerivedFrom(new Reference("QuestionnaireResponse/" + a.id()));
        if (a.valid()) {
            o.setValue(score(a.total()));
            if (a.band() != null) {
                o.addInterpretation(new CodeableConcept().setText(a.band()));
            }
            if (a.percent() != null) {
                o.addComponent().setCode(algos(a.instrument() + "-percent", "percent of the maximum score"))
                        .setValue(new Quantity().setValue(a.percent()).setUnit("%").setSystem(UCUM).setCode("%"));
            }
            a.subscales().forEach((name, value) -> o.addComponent().setCode(subscale(a.instrument(), name))
                    .setValue(score(value)));
        } else {
            o.setDataAbsentReason(new CodeableConcept().addCoding(new Coding(DATA_ABSENT, "unknown", "Unknown")));
            o.addNote().setText(a.message());
        }
        return o;
    }

    static QuestionnaireResponse response(Assessment a) {
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setId("QuestionnaireResponse/" + a.id());
        r.setQuestionnaire(QuestionnaireMapping.canonical(a.instrument()));
        r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        r.setSubject(Fhir.patientReference(a.patientId()));
        r.setAuthoredElement(instant(a));
        a.answers().forEach((item, value) -> r.addItem().setLinkId(item).addAnswer()
                .setValue(new IntegerType(value)));
        return r;
    }

    private static DateTimeType instant(Assessment a) {
        return new DateTimeType(a.takenAt().toInstant(ZoneOffset.UTC).toString());
    }

    private static Quantity score(double value) {
        return new Quantity().setValue(value).setUnit("{score}").setSystem(UCUM).setCode("{score}");
    }

    private static CodeableConcept subscale(String instrument, String name) {
        String loinc = SUBSCALE_LOINC.get(instrument + "/" + name);
        return loinc != null ? new CodeableConcept().addCoding(new Coding(InstrumentCodes.LOINC, loinc, null)).setText(name)
                : algos(instrument + "-" + name, name);
    }

    private static CodeableConcept algos(String code, String display) {
        return new CodeableConcept().addCoding(new Coding(InstrumentCodes.ALGOS_SCORES, code, display)).setText(display);
    }
}
