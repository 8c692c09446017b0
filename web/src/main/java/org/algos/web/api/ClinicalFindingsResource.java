package org.algos.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.algos.diagnosis.block.BlockType;
import org.algos.diagnosis.block.DiagnosticBlock;
import org.algos.diagnosis.block.DiagnosticBlocks;
import org.algos.diagnosis.diagnosis.Diagnoses;
import org.algos.diagnosis.diagnosis.Diagnosis;
import org.algos.diagnosis.imaging.ImagingFinding;
import org.algos.diagnosis.imaging.ImagingFindings;
import org.algos.diagnosis.pain.PainAssessment;
import org.algos.diagnosis.pain.PainAssessments;
import org.algos.domain.common.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Pain assessments with the body map, coded diagnoses, imaging findings and diagnostic blocks. */
@Path("patients/{patientId: [0-9]+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClinicalFindingsResource {

    /** A diagnostic block with its relief and whether it was positive, and the rule applied. */
    public record BlockView(long id, String type, String region, String side, List<String> levels, String agent,
                            int painBefore, int painAfter, double reliefPercent, boolean positive, int positiveAtPercent,
                            String source, LocalDate performedOn, String recordedBy) {

        static BlockView of(DiagnosticBlock b) {
            BlockType t = b.type();
            return new BlockView(b.id(), t.code(), b.region(), b.side().name(), b.levels(), b.agent(), b.painBefore(),
                    b.painAfter(), b.reliefPercent(), b.positive(), t.positiveAtPercent(), t.thresholdSource(),
                    b.performedOn(), b.recordedBy());
        }
    }

    /** A diagnosis; its version is the ETag for status changes. */
    public record DiagnosisView(long id, String system, String code, String title, boolean primary,
                                LocalDate onsetDate, String status, long version) {

        static DiagnosisView of(Diagnosis d) {
            return new DiagnosisView(d.id(), d.system(), d.code(), d.title(), d.primary(), d.onsetDate(),
                    d.status().code(), d.version());
        }
    }

    /** An imaging finding. */
    public record ImagingView(long id, String modality, LocalDate studyDate, String finding, List<String> levels,
                              String side, String reportText) {

        static ImagingView of(ImagingFinding f) {
            return new ImagingView(f.id(), f.modality().code(), f.studyDate(), f.finding().code(), f.levels(),
                    f.side() == null ? null : f.side().code(), f.reportText());
        }
    }

    /** A marked region of the body map. */
    public record MarkView(String region, String side, int intensity) {
    }

    /** A pain assessment, with the change of average pain from the first one. */
    public record PainView(long id, LocalDateTime assessedAt, int nrsNow, int nrsWorst, int nrsAverage,
                           String painType, LocalDate onsetDate, Long durationMonths, boolean chronic,
                           String aggravating, String relieving, List<MarkView> bodyMap, Integer changeFromBaseline,
                           boolean clinicallyImportant) {

        static PainView of(PainAssessment p, Integer change, boolean important) {
            return new PainView(p.id(), p.assessedAt(), p.nrsNow(), p.nrsWorst(), p.nrsAverage(), p.painType().code(),
                    p.onsetDate(), p.durationMonths(), p.isChronic(), p.aggravating(), p.relieving(),
                    p.bodyMap().stream().map(m -> new MarkView(m.region().code(), m.side().code(), m.intensity()))
                            .toList(), change, important);
        }
    }

    @Inject
    private DiagnosticBlocks blocks;

    @Inject
    private Diagnoses diagnoses;

    @Inject
    private ImagingFindings imaging;

    @Inject
    private PainAssessments pain;

    @POST
    @Path("diagnostic-blocks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a diagnostic block; returns reliefPercent and positive")
    public Response recordBlock(@PathParam("patientId") long patientId, String body) {
        JsonObject json = JsonInput.object(body);
        FieldErrors errors = new FieldErrors();
        DiagnosticBlocks.Report report = new DiagnosticBlocks.Report(JsonInput.text(json, "type", errors),
                JsonInput.text(json, "region", errors), JsonInput.text(json, "side", errors),
                JsonInput.strings(json, "levels", errors), JsonInput.text(json, "agent", errors),
                JsonInput.integer(json, "painBefore", errors), JsonInput.integer(json, "painAfter", errors),
                JsonInput.text(json, "performedOn", errors));
        errors.throwIfAny();
        return Response.status(Response.Status.CREATED).entity(BlockView.of(blocks.record(patientId, report))).build();
    }

    @GET
    @Path("diagnostic-blocks")
    @Operation(summary = "Diagnostic blocks, oldest first")
    public List<BlockView> blockHistory(@PathParam("patientId") long patientId) {
        return blocks.history(patientId).stream().map(BlockView::of).toList();
    }

    @POST
    @Path("diagnoses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a coded diagnosis from the clinic's code list (system ICD10CM or ICD11)")
    public Response addDiagnosis(@PathParam("patientId") long patientId, String body) {
        JsonObject json = JsonInput.object(body);
        FieldErrors errors = new FieldErrors();
        String system = JsonInput.text(json, "system", errors);
        String code = JsonInput.text(json, "code", errors);
        boolean primary = JsonInput.bool(json, "primary", errors);
        String onset = JsonInput.text(json, "onsetDate", errors);
        errors.throwIfAny();
        Diagnosis d = diagnoses.add(patientId, system, code, primary, onset);
        return Response.status(Response.Status.CREATED).tag(new EntityTag(String.valueOf(d.version())))
                .entity(DiagnosisView.of(d)).build();
    }

    @GET
    @Path("diagnoses")
    @Operation(summary = "Diagnoses, primary first")
    public List<DiagnosisView> diagnoses(@PathParam("patientId") long patientId) {
        return diagnoses.list(patientId).stream().map(DiagnosisView::of).toList();
    }

    @PUT
    @Path("diagnoses/{diagnosisId: [0-9]+}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a diagnosis' status (active, resolved, ruled-out); If-Match with its version")
    public Response changeStatus(@PathParam("patientId") long patientId, @PathParam("diagnosisId") long diagnosisId,
                                 @HeaderParam("If-Match") String ifMatch, String body) {
        Long version = ifMatch == null ? null : Versions.fromIfMatch(ifMatch);
        if (version == null) {
            return Problem.of(428, "Precondition Required", "Send If-Match with the version you read.").toResponse();
        }
        FieldErrors errors = new FieldErrors();
        String status = JsonInput.text(JsonInput.object(body), "status", errors);
        errors.throwIfAny();
        Diagnosis d = diagnoses.changeStatus(patientId, diagnosisId, version, status);
        return Response.ok(DiagnosisView.of(d)).tag(new EntityTag(String.valueOf(d.version()))).build();
    }

    @POST
    @Path("imaging-findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an imaging finding by level and side")
    public Response addImaging(@PathParam("patientId") long patientId, String body) {
        JsonObject json = JsonInput.object(body);
        FieldErrors errors = new FieldErrors();
        ImagingFindings.Entry entry = new ImagingFindings.Entry(JsonInput.text(json, "modality", errors),
                JsonInput.text(json, "studyDate", errors), JsonInput.text(json, "finding", errors),
                JsonInput.strings(json, "levels", errors), JsonInput.text(json, "side", errors),
                JsonInput.text(json, "reportText", errors));
        errors.throwIfAny();
        return Response.status(Response.Status.CREATED).entity(ImagingView.of(imaging.add(patientId, entry))).build();
    }

    @GET
    @Path("imaging-findings")
    @Operation(summary = "Imaging findings, newest study first")
    public List<ImagingView> imaging(@PathParam("patientId") long patientId) {
        return imaging.list(patientId).stream().map(ImagingView::of).toList();
    }

    @POST
    @Path("pain-assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a pain assessment: NRS now/worst/average, type, onset, factors, body map")
    public Response addPain(@PathParam("patientId") long patientId, String body) {
        JsonObject json = JsonInput.object(body);
        FieldErrors errors = new FieldErrors();
        List<PainAssessments.Mark> marks = new ArrayList<>();
        JsonValue map = json.get("bodyMap");
        if (map instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof JsonObject mark) {
                    marks.add(new PainAssessments.Mark(JsonInput.text(mark, "region", errors),
                            JsonInput.text(mark, "side", errors), JsonInput.integer(mark, "intensity", errors)));
                } else {
                    errors.add("bodyMap[" + i + "]", "must be an object with region, side and intensity");
                }
            }
        } else if (map != null && map.getValueType() != JsonValue.ValueType.NULL) {
            errors.add("bodyMap", "must be a list of marked regions");
        }
        PainAssessments.Entry entry = new PainAssessments.Entry(JsonInput.integer(json, "nrsNow", errors),
                JsonInput.integer(json, "nrsWorst", errors), JsonInput.integer(json, "nrsAverage", errors),
                JsonInput.text(json, "painType", errors), JsonInput.text(json, "onsetDate", errors),
                JsonInput.text(json, "aggravating", errors), JsonInput.text(json, "relieving", errors), marks);
        errors.throwIfAny();
        return Response.status(Response.Status.CREATED).entity(PainView.of(pain.record(patientId, entry), null, false))
                .build();
    }

    @GET
    @Path("pain-assessments")
    @Operation(summary = "Pain assessments, oldest first, with the change of average pain (≥2 points or ≥30 % is important)")
    public List<PainView> painHistory(@PathParam("patientId") long patientId) {
        return pain.history(patientId).stream()
                .map(p -> PainView.of(p.assessment(), p.changeFromBaseline(), p.clinicallyImportant())).toList();
    }
}
