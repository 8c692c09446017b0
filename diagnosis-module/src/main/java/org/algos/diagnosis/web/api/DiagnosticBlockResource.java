package org.algos.diagnosis.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.algos.diagnosis.block.BlockType;
import org.algos.diagnosis.block.DiagnosticBlock;
import org.algos.diagnosis.block.DiagnosticBlocks;
import org.algos.domain.common.FieldErrors;
import org.algos.web.kit.api.JsonInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A patient's diagnostic blocks and the relief they gave. */
@Path("patients/{patientId: [0-9]+}/diagnostic-blocks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosticBlockResource {

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

    @Inject
    private DiagnosticBlocks blocks;

    @POST
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
    @Operation(summary = "Diagnostic blocks, oldest first")
    public List<BlockView> blockHistory(@PathParam("patientId") long patientId) {
        return blocks.history(patientId).stream().map(BlockView::of).toList();
    }
}
