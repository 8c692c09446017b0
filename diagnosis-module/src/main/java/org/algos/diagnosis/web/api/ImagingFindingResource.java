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
import org.algos.diagnosis.imaging.ImagingFinding;
import org.algos.diagnosis.imaging.ImagingFindings;
import org.algos.web.kit.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** A patient's imaging findings. */
@Path("patients/{patientId: [0-9]+}/imaging-findings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImagingFindingResource {

    /** An imaging finding. */
    public record ImagingView(long id, String modality, LocalDate studyDate, String finding, List<String> levels,
                              String side, String reportText) {

        static ImagingView of(ImagingFinding f) {
            return new ImagingView(f.id(), f.modality().code(), f.studyDate(), f.finding().code(), f.levels(),
                    f.side() == null ? null : f.side().code(), f.reportText());
        }
    }

    @Inject
    private ImagingFindings imaging;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an imaging finding by level and side")
    public Response addImaging(@PathParam("patientId") long patientId,
                @RequestBody(content = @Content(schema = @Schema(implementation = ImagingFindingAddImagingBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        ImagingFindings.Entry entry = new ImagingFindings.Entry(json.text("modality"),
                json.text("studyDate"), json.text("finding"),
                json.strings("levels"), json.text("side"),
                json.text("reportText"));
        json.done();
        return Response.status(Response.Status.CREATED).entity(ImagingView.of(imaging.add(patientId, entry))).build();
    }

    @GET
    @Operation(summary = "Imaging findings, newest study first")
    public List<ImagingView> imaging(@PathParam("patientId") long patientId) {
        return imaging.list(patientId).stream().map(ImagingView::of).toList();
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record ImagingFindingAddImagingBody(String modality, String studyDate, String finding, List<String> levels,
                                               String side, String reportText) {
    }
}
