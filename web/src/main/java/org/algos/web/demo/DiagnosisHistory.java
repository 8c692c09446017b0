package org.algos.web.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.algos.diagnosis.assessment.Assessment;
import org.algos.diagnosis.assessment.InstrumentPermissions;
import org.algos.diagnosis.assessment.QuestionnaireAssignment;
import org.algos.diagnosis.assessment.SafetyAlert;
import org.algos.diagnosis.block.BlockType;
import org.algos.diagnosis.block.DiagnosticBlock;
import org.algos.diagnosis.diagnosis.Diagnosis;
import org.algos.diagnosis.diagnosis.DiagnosisCode;
import org.algos.diagnosis.diagnosis.DiagnosisCodeList;
import org.algos.diagnosis.imaging.FindingKind;
import org.algos.diagnosis.imaging.ImagingFinding;
import org.algos.diagnosis.imaging.Modality;
import org.algos.diagnosis.instrument.Answers;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.diagnosis.instrument.Score;
import org.algos.diagnosis.pain.BodyMapMark;
import org.algos.diagnosis.pain.PainAssessment;
import org.algos.diagnosis.pain.PainType;
import org.algos.domain.patient.Patient;
import org.algos.domain.user.Role;
import org.algos.domain.value.BodyRegion;
import org.algos.domain.value.Laterality;
import org.algos.domain.value.PainScore;
import org.algos.domain.value.SpinalSegment;
import org.algos.web.demo.DemoWriter.Stage;

/**
 * The diagnosis module's part of the demo history: questionnaires scored by the instruments
 * themselves, pain assessments, coded diagnoses from the shipped pick-list, imaging, diagnostic
 * blocks whose relief {@code BlockRelief} computes, and questionnaire requests. Each record is
 * checked as its service would check it (who may record it, the values it may hold).
 */
final class DiagnosisHistory {

    private final DemoWriter w;
    private final DemoFacts facts;

    DiagnosisHistory(DemoWriter w, DemoFacts facts) {
        this.w = w;
        this.facts = facts;
    }

    /** A completed questionnaire that raises no safety alert. */
    Assessment assessment(Patient patient, String code, Map<String, Integer> answers, LocalDateTime takenAt,
                          String by) {
        Scored scored = score(patient, code, answers, by);
        if (!scored.score().alerts().isEmpty()) {
            throw new IllegalStateException("An alert must be acknowledged in the demo: " + scored.score().alerts());
        }
        return w.add(Stage.RECORD, new Assessment(w.id(Assessment.class), patient.id(), scored.instrument(),
                scored.answers(), scored.score(), takenAt, by, takenAt));
    }

    /** A completed questionnaire whose safety alerts a clinician acknowledged at {@code acknowledgedAt}. */
    Assessment acknowledged(Patient patient, String code, Map<String, Integer> answers, LocalDateTime takenAt,
                            String by, String acknowledgedBy, LocalDateTime acknowledgedAt) {
        Scored scored = score(patient, code, answers, by);
        Assessment assessment = w.add(Stage.RECORD, new Assessment(w.id(Assessment.class), patient.id(),
                scored.instrument(), scored.answers(), scored.score(), takenAt, by, takenAt));
        for (String message : scored.score().alerts()) {
            SafetyAlert alert = new SafetyAlert(patient.id(), assessment.id(), message, takenAt);
            alert.acknowledge(acknowledgedBy, acknowledgedAt);
            w.add(Stage.DETAIL, alert);
        }
        return assessment;
    }

    private record Scored(Instrument instrument, Answers answers, Score score) {
    }

    private static Scored score(Patient patient, String code, Map<String, Integer> answers, String by) {
        Instrument instrument = InstrumentCatalogue.find(code).orElseThrow();
        if (!InstrumentPermissions.mayRecord(DemoWriter.roleOf(by), instrument.code())) {
            throw new IllegalStateException(by + " does not record " + code);
        }
        Answers given = new Answers(answers, patient.sex());
        Score score = instrument.score(given);
        if (!score.valid()) {
            throw new IllegalStateException("Demo answers to " + code + " do not score: " + score.message());
        }
        return new Scored(instrument, given, score);
    }

    /** A mark on the body map, for {@link #pain}. */
    static BodyMapMark mark(BodyRegion region, Laterality side, int intensity) {
        return new BodyMapMark(region, side, PainScore.of(intensity).value());
    }

    /** A structured pain assessment with its body map (marks of intensity 0 are left off). */
    PainAssessment pain(Patient patient, LocalDateTime at, int now, int worst, int average, PainType type,
                        LocalDate onset, String aggravating, String relieving, List<BodyMapMark> marks, String by) {
        Role role = DemoWriter.roleOf(by);
        if (role != Role.PHYSICIAN && role != Role.NURSE && role != Role.PHYSIOTHERAPIST) {
            throw new IllegalStateException(by + " does not record pain assessments");
        }
        PainScore worstPain = PainScore.of(worst);
        if (PainScore.of(now).compareTo(worstPain) > 0 || PainScore.of(average).compareTo(worstPain) > 0) {
            throw new IllegalStateException("Pain now and on average cannot exceed the worst pain");
        }
        List<BodyMapMark> shown = new ArrayList<>(marks.stream().filter(m -> m.intensity() > 0).toList());
        return w.add(Stage.RECORD, new PainAssessment(w.id(PainAssessment.class), patient.id(), at, now, worst, average,
                type, onset, aggravating, relieving, shown, by));
    }

    /** A diagnosis from the shipped pick-list ("ICD10CM" or "ICD11"), recorded by a physician. */
    Diagnosis diagnosis(Patient patient, String system, String code, boolean primary, LocalDate onset,
                        LocalDateTime recordedAt) {
        DiagnosisCode listed = DiagnosisCodeList.find(system, code)
                .orElseThrow(() -> new IllegalStateException(system + " " + code + " is not in the pick-list"));
        return w.add(Stage.RECORD, new Diagnosis(w.id(Diagnosis.class), patient.id(), listed, primary, onset,
                "dr.lee", recordedAt));
    }

    /** The problem a care plan names for a diagnosis, as the plan editor writes it: its code and title. */
    static String problem(Diagnosis diagnosis) {
        return diagnosis.code() + " " + diagnosis.title();
    }

    /** An imaging finding as the physician records it from the report; levels are segments such as L4-L5. */
    ImagingFinding imaging(Patient patient, Modality modality, LocalDate studyDate, FindingKind finding,
                           List<String> levels, Laterality side, String report, LocalDateTime recordedAt) {
        List<String> segments = levels.stream().map(l -> SpinalSegment.parse(l).toString()).toList();
        return w.add(Stage.RECORD, new ImagingFinding(w.id(ImagingFinding.class), patient.id(), modality, studyDate,
                finding, segments, side, report, "dr.lee", recordedAt));
    }

    /** A diagnostic block; its relief and verdict are the block's own ({@code BlockRelief}). */
    DiagnosticBlock block(Patient patient, BlockType type, Laterality side, List<String> levels, String agent,
                          int before, int after, LocalDate on) {
        for (String level : levels) {
            if (type.spineRegion() != null && SpinalSegment.parse(level).region() != type.spineRegion()) {
                throw new IllegalStateException(level + " is not in the region of a " + type.label());
            }
        }
        DiagnosticBlock block = w.add(Stage.RECORD, new DiagnosticBlock(w.id(DiagnosticBlock.class), patient.id(),
                type, type.defaultRegion(), side, levels, agent, PainScore.of(before), PainScore.of(after), on,
                "dr.lee", w.at(on, 16, 0)));
        facts.block(patient.id(), block.fact());
        return block;
    }

    /** A questionnaire the team asks the patient to complete before a visit, still open. */
    QuestionnaireAssignment request(Patient patient, String code, LocalDate dueOn, String by, LocalDateTime at) {
        if (!InstrumentPermissions.mayRecord(Role.PATIENT, code) || dueOn.isBefore(w.today())) {
            throw new IllegalStateException(code + " cannot be requested from the patient for " + dueOn);
        }
        return w.add(Stage.RECORD, new QuestionnaireAssignment(w.id(QuestionnaireAssignment.class), patient.id(), code,
                dueOn, by, at));
    }
}
