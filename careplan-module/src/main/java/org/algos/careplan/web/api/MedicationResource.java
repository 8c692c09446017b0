package org.algos.careplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.algos.careplan.medication.MedicationStatement;
import org.algos.careplan.medication.Medications;
import org.algos.web.kit.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** A patient's medication list. */
@Path("patients/{patientId: [0-9]+}/medications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MedicationResource {

    /** A medication as the API returns it. */
    public record MedicationView(long id, String drug, Double doseMg, String route, Double dosesPerDay,
                                 Double mcgPerHour, String indication, LocalDate startedOn, LocalDate stoppedOn,
                                 long version) {

        static MedicationView of(MedicationStatement m) {
            return new MedicationView(m.id(), m.drug(), m.doseMg(), m.route(), m.dosesPerDay(), m.mcgPerHour(),
                    m.indication(), m.startedOn(), m.stoppedOn(), m.version());
        }
    }

    @Inject
    private Medications medications;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a medication: drug, doseMg and dosesPerDay (or mcgPerHour for a fentanyl patch), "
            + "route, indication, startedOn, stoppedOn")
    public Response add(@PathParam("patientId") long patientId,
                        @RequestBody(content = @Content(schema = @Schema(implementation = MedicationAddBody.class)))
                        String body) {
        JsonBody json = JsonBody.of(body);
        Medications.Entry entry = new Medications.Entry(json.text("drug"),
                json.decimal("doseMg"), json.text("route"),
                json.decimal("dosesPerDay"), json.decimal("mcgPerHour"),
                json.text("indication"), json.text("startedOn"),
                json.text("stoppedOn"));
        json.done();
        MedicationStatement added = medications.add(patientId, entry);
        return Response.status(Response.Status.CREATED).tag(CarePlanResource.etag(added.version()))
                .entity(MedicationView.of(added)).build();
    }

    @POST
    @Path("{medicationId: [0-9]+}/stop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Physician or nurse: stop a medication: { \"stoppedOn\": \"YYYY-MM-DD\" }, the last day"
            + " it is taken; If-Match with the medication's version")
    public Response stop(@PathParam("patientId") long patientId, @PathParam("medicationId") long medicationId,
                         @HeaderParam("If-Match") String ifMatch,
                         @RequestBody(content = @Content(schema = @Schema(implementation = MedicationStopBody.class)))
                         String body) {
        Long version = CarePlanResource.version(ifMatch);
        if (version == null) {
            return CarePlanResource.preconditionRequired();
        }
        JsonBody json = JsonBody.of(body);
        String stoppedOn = json.text("stoppedOn");
        json.done();
        MedicationStatement stopped = medications.stop(patientId, medicationId, version, stoppedOn);
        return Response.ok(MedicationView.of(stopped)).tag(CarePlanResource.etag(stopped.version())).build();
    }

    @GET
    @Operation(summary = "The medication list, oldest start first")
    public List<MedicationView> list(@PathParam("patientId") long patientId) {
        return medications.list(patientId).stream().map(MedicationView::of).toList();
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record MedicationAddBody(String drug, Double doseMg, String route, Double dosesPerDay, Double mcgPerHour,
                                    String indication, String startedOn, String stoppedOn) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record MedicationStopBody(String stoppedOn) {
    }
}
