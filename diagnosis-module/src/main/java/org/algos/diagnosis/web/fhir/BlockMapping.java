package org.algos.diagnosis.web.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.algos.diagnosis.block.BlockType;
import org.algos.diagnosis.block.DiagnosticBlock;
import org.algos.domain.value.Laterality;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.Practitioners;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * A diagnostic block as a completed US Core Procedure ({@code Procedure/block-<id>}) and its
 * measured relief as a US Core simple Observation {@code partOf} it
 * ({@code Observation/block-<id>-relief}, category {@code procedure}). The code is the CPT code
 * the clinical reference gives for the block (facet / medial branch injection with imaging: 64490
 * cervical or thoracic, 64493 lumbar; SI joint injection with imaging 27096, as the intervention
 * catalogue bills it) and the block type in Algos' system; sympathetic and peripheral nerve
 * blocks name no structure a code could be chosen for, so they carry the Algos code only. Region,
 * levels and side are in words (no verified SNOMED CT codes). The relief is positive or negative
 * (v3 ObservationInterpretation POS/NEG) against the type's threshold, whose source is a note.
 * Algos records the physician who recorded the block, not who performed it: recorder, not performer.
 */
final class BlockMapping {

    static final String PREFIX = "block-";
    static final String US_CORE_PROCEDURE = Fhir.US_CORE + "us-core-procedure";
    static final String US_CORE_SIMPLE_OBSERVATION = Fhir.US_CORE + "us-core-simple-observation";
    static final String CPT = "http://www.ama-assn.org/go/cpt";
    static final String BLOCK_TYPE = Fhir.ALGOS_CODES + "diagnostic-block";
    static final String RELIEF = Fhir.ALGOS_CODES + "relief";
    static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

    private BlockMapping() {
    }

    static Procedure procedure(DiagnosticBlock b, Function<String, String> names) {
        Procedure p = new Procedure();
        p.setId("Procedure/" + PREFIX + b.id());
        p.getMeta().addProfile(US_CORE_PROCEDURE);
        p.setStatus(Procedure.ProcedureStatus.COMPLETED);
        p.setCategory(new CodeableConcept().setText("Diagnostic block"));
        CodeableConcept code = new CodeableConcept();
        cpt(b.type()).ifPresent(c -> code.addCoding().setSystem(CPT).setCode(c));
        p.setCode(code.addCoding(new Coding(BLOCK_TYPE, b.type().code(), name(b.type()))).setText(name(b.type())));
        p.setSubject(Fhir.patientReference(b.patientId()));
        p.setPerformed(new DateTimeType(b.performedOn().toString()));
        p.setRecorder(Practitioners.reference(b.recordedBy(), names.apply(b.recordedBy())));
        p.addBodySite(new CodeableConcept().setText(site(b)));
        p.addUsedCode(new CodeableConcept().setText(b.agent()));
        p.setOutcome(new CodeableConcept().setText((b.positive() ? "Positive: " : "Negative: ")
                + ReliefText.percent(b.reliefPercent()) + " relief (positive at ≥" + b.type().positiveAtPercent()
                + " %)"));
        return p;
    }

    static Observation relief(DiagnosticBlock b, Function<String, String> names) {
        Observation o = new Observation();
        o.setId("Observation/" + PREFIX + b.id() + "-relief");
        o.getMeta().addProfile(US_CORE_SIMPLE_OBSERVATION);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept().addCoding(new Coding(ScoreMapping.OBSERVATION_CATEGORY, "procedure",
                "Procedure")));
        o.setCode(algos("block-relief", "Pain relief during the local anaesthetic's expected duration"));
        o.setSubject(Fhir.patientReference(b.patientId()));
        o.addPartOf(new Reference("Procedure/" + PREFIX + b.id()));
        o.setEffective(new DateTimeType(b.performedOn().toString()));
        o.addPerformer(Practitioners.reference(b.recordedBy(), names.apply(b.recordedBy())));
        o.setValue(new Quantity().setValue(ReliefText.decimal(b.reliefPercent())).setUnit("%")
                .setSystem(ScoreMapping.UCUM).setCode("%"));
        o.addInterpretation(new CodeableConcept().addCoding(b.positive()
                ? new Coding(INTERPRETATION, "POS", "Positive") : new Coding(INTERPRETATION, "NEG", "Negative"))
                .setText((b.positive() ? "positive" : "negative") + " at ≥" + b.type().positiveAtPercent() + " %"));
        o.addComponent().setCode(algos("pain-before", "Pain before the procedure (0-10)"))
                .setValue(score(b.painBefore()));
        o.addComponent().setCode(algos("pain-after", "Lowest pain after the block (0-10)"))
                .setValue(score(b.painAfter()));
        o.addNote().setText(b.type().thresholdSource());
        return o;
    }

    /** The CPT code the clinical reference gives for the block; empty where it gives none. */
    static Optional<String> cpt(BlockType type) {
        return switch (type) {
            case MBB_CERVICAL, MBB_THORACIC -> Optional.of("64490");
            case MBB_LUMBAR -> Optional.of("64493");
            case SIJ_DIAGNOSTIC -> Optional.of("27096");
            default -> Optional.empty();
        };
    }

    static String name(BlockType type) {
        return switch (type) {
            case MBB_CERVICAL -> "Cervical medial branch block";
            case MBB_THORACIC -> "Thoracic medial branch block";
            case MBB_LUMBAR -> "Lumbar medial branch block";
            case SIJ_DIAGNOSTIC -> "Diagnostic sacroiliac joint block";
            case SYMPATHETIC_DIAGNOSTIC -> "Diagnostic sympathetic block";
            case PERIPHERAL_NERVE_DIAGNOSTIC -> "Diagnostic peripheral nerve block";
        };
    }

    /** "lumbar, L4-L5, L5-S1, left side": the region as recorded, the levels, the side. */
    static String site(DiagnosticBlock b) {
        List<String> parts = new ArrayList<>();
        parts.add(b.region());
        parts.addAll(b.levels());
        parts.add(b.side() == Laterality.MIDLINE ? "midline" : b.side().code() + " side");
        return String.join(", ", parts);
    }

    private static Quantity score(int value) {
        return new Quantity().setValue(value).setUnit("{score}").setSystem(ScoreMapping.UCUM).setCode("{score}");
    }

    private static CodeableConcept algos(String code, String display) {
        return new CodeableConcept().addCoding(new Coding(RELIEF, code, display)).setText(display);
    }
}
