package org.algos.diagnosis.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.Map;
import org.algos.diagnosis.block.BlockType;
import org.algos.diagnosis.block.DiagnosticBlock;
import org.algos.diagnosis.block.DiagnosticBlocks;
import org.algos.web.kit.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

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
    public Response recordBlock(@PathParam("patientId") long patientId,
                @RequestBody(content = @Content(schema = @Schema(implementation = BlockRecordBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        DiagnosticBlocks.Report report = new DiagnosticBlocks.Report(json.text("type"),
                json.text("region"), json.text("side"),
                json.strings("levels"), json.text("agent"),
                json.integer("painBefore"), json.integer("painAfter"),
                json.text("performedOn"));
        json.done();
        return Response.status(Response.Status.CREATED).entity(BlockView.of(blocks.record(patientId, report))).build();
    }

    @GET
    @Operation(summary = "Diagnostic blocks, oldest first")
    public List<BlockView> blockHistory(@PathParam("patientId") long patientId) {
        return blocks.history(patientId).stream().map(BlockView::of).toList();
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record BlockRecordBody(String type, String region, String side, List<String> levels,
                                                 String agent, Integer painBefore, Integer painAfter,
                                                 String performedOn) {
    }
}
