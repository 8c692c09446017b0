package org.algos.diagnosis.web.fhir;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.algos.diagnosis.pain.BodyMapMark;
import org.algos.diagnosis.pain.PainAssessment;
import org.algos.diagnosis.pain.PainAssessments.NrsPoint;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;

/**
 * A pain assessment as Observations of the patient-reported 0–10 pain severity (LOINC 72514-3,
 * the clinical reference's code): one for the assessment (pain now, with worst and average as
 * components and the regions as members) and one per marked region of the body map, with the
 * region and side as {@code bodySite} (in words: no verified SNOMED CT codes are shipped for the
 * map's regions).
 */
final class PainMapping {

    static final String PREFIX = "pain-";
    static final String PAIN_SEVERITY = "72514-3";
    static final String ALGOS_PAIN = Fhir.ALGOS_CODES + "pain";

    private PainMapping() {
    }

    static List<Observation> observations(NrsPoint point) {
        PainAssessment a = point.assessment();
        List<Observation> all = new ArrayList<>();
        Observation overall = base(PREFIX + a.id(), a, a.nrsNow());
        overall.addComponent().setCode(algos("worst", "Worst pain (0-10)")).setValue(score(a.nrsWorst()));
        overall.addComponent().setCode(algos("average", "Average pain (0-10)")).setValue(score(a.nrsAverage()));
        if (a.painType() != null) {
            overall.addNote().setText("Pain type: " + a.painType().name().toLowerCase(Locale.ROOT));
        }
        all.add(overall);
        List<BodyMapMark> marks = point.marks();
        for (int i = 0; i < marks.size(); i++) {
            BodyMapMark mark = marks.get(i);
            Observation site = base(PREFIX + a.id() + "-" + (i + 1), a, mark.intensity());
            site.setBodySite(new CodeableConcept().setText(mark.region().label()
                    + (mark.side() == null ? "" : ", " + mark.side().code())));
            overall.addHasMember().setReference(site.getId());
            all.add(site);
        }
        return all;
    }

    private static Observation base(String id, PainAssessment a, int value) {
        Observation o = new Observation();
        o.setId("Observation/" + id);
        o.getMeta().addProfile(ScoreMapping.SCREENING_ASSESSMENT);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept().addCoding(new Coding(ScoreMapping.OBSERVATION_CATEGORY, "survey", "Survey")));
        o.setCode(new CodeableConcept().addCoding(new Coding(InstrumentCodes.LOINC, PAIN_SEVERITY,
                "Pain severity - 0-10 verbal numeric rating [Score] - Reported")).setText("Pain severity (NRS 0-10)"));
        o.setSubject(Fhir.patientReference(a.patientId()));
        o.setEffective(new DateTimeType(a.assessedAt().toInstant(ZoneOffset.UTC).toString()));
        o.setValue(score(value));
        return o;
    }

    private static Quantity score(int value) {
        return new Quantity().setValue(value).setUnit("{score}").setSystem(ScoreMapping.UCUM).setCode("{score}");
    }

    private static CodeableConcept algos(String code, String display) {
        return new CodeableConcept().addCoding(new Coding(ALGOS_PAIN, code, display)).setText(display);
    }
}
