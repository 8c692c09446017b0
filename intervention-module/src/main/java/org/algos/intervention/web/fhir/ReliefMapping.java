package org.algos.intervention.web.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.algos.intervention.procedure.FollowUp;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.ReliefText;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.Practitioners;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * The relief a procedure gave, as US Core simple Observations {@code partOf} its Procedure
 * (category {@code procedure}: observations a procedure generated): the immediate relief
 * ({@code Observation/procedure-<id>-relief}, percent with the pain before and after as
 * components) and each follow-up ({@code Observation/procedure-<id>-follow-up-<follow-up id>},
 * the relief the patient reports with pain now, LOINC 72514-3, as a component). No LOINC code for
 * relief is verified in the clinical reference: the codes are Algos' ({@code urn:algos:fhir:relief}).
 */
final class ReliefMapping {

    static final String US_CORE_SIMPLE_OBSERVATION = Fhir.US_CORE + "us-core-simple-observation";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String LOINC = "http://loinc.org";
    static final String PAIN_SEVERITY = "72514-3";
    static final String RELIEF = Fhir.ALGOS_CODES + "relief";
    static final String PREFIX = "procedure-";

    private ReliefMapping() {
    }

    /** The procedure's relief observations: immediate (when both scores were taken), then each follow-up. */
    static List<Observation> observations(ProcedureRecord r, List<FollowUp> followUps, Function<String, String> names) {
        List<Observation> all = new ArrayList<>();
        if (r.reliefPercent() != null) {
            Observation immediate = base(PREFIX + r.id() + "-relief", r, "immediate-relief",
                    "Immediate pain relief after the procedure", r.reliefPercent());
            immediate.setEffective(new DateTimeType(r.date().toString()));
            immediate.addComponent().setCode(algos("pain-before", "Pain before the procedure (0-10)"))
                    .setValue(score(r.painBefore()));
            immediate.addComponent().setCode(algos("pain-after", "Pain after the procedure (0-10)"))
                    .setValue(score(r.painAfter()));
            all.add(immediate);
        }
        for (FollowUp f : followUps) {
            Observation later = base(PREFIX + r.id() + "-follow-up-" + f.id(), r, "follow-up-relief",
                    "Pain relief since the procedure, at follow-up", f.reliefPercent());
            later.setEffective(new DateTimeType(f.followUpOn().toString()));
            later.addComponent().setCode(new CodeableConcept().addCoding(new Coding(LOINC, PAIN_SEVERITY,
                    "Pain severity - 0-10 verbal numeric rating [Score] - Reported")).setText("Pain now (0-10)"))
                    .setValue(score(f.painNow()));
            if (f.recordedBy() != null) {
                later.addPerformer(Practitioners.reference(f.recordedBy(), names.apply(f.recordedBy())));
            }
            if (f.functionNote() != null && !f.functionNote().isBlank()) {
                later.addNote().setText("Function: " + f.functionNote().strip());
            }
            all.add(later);
        }
        return all;
    }

    /** "75 %", "62.5 %": the percent as the chart shows it. */
    static String percentText(double percent) {
        return ReliefText.percent(percent);
    }

    static BigDecimal decimal(double percent) {
        return ReliefText.decimal(percent);
    }

    private static Observation base(String id, ProcedureRecord r, String code, String display, double percent) {
        Observation o = new Observation();
        o.setId("Observation/" + id);
        o.getMeta().addProfile(US_CORE_SIMPLE_OBSERVATION);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept().addCoding(new Coding(OBSERVATION_CATEGORY, "procedure", "Procedure")));
        o.setCode(algos(code, display));
        o.setSubject(Fhir.patientReference(r.patientId()));
        o.addPartOf(new Reference("Procedure/" + r.id()));
        o.setValue(new Quantity().setValue(decimal(percent)).setUnit("%").setSystem(UCUM).setCode("%"));
        return o;
    }

    private static Quantity score(Integer value) {
        return new Quantity().setValue(value).setUnit("{score}").setSystem(UCUM).setCode("{score}");
    }

    private static CodeableConcept algos(String code, String display) {
        return new CodeableConcept().addCoding(new Coding(RELIEF, code, display)).setText(display);
    }
}
