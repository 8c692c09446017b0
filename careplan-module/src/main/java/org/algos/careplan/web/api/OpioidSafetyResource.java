package org.algos.careplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.algos.careplan.medication.OpioidSafety;
import org.algos.careplan.medication.OpioidSafetyDates;
import org.algos.careplan.medication.OpioidSafetyReview;
import org.algos.web.kit.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * The opioid safety book-keeping of a patient: treatment agreement, drug screen, PDMP check and
 * naloxone offered. Saved as a whole with If-Match (version 0 before the first save).
 */
@Path("patients/{patientId: [0-9]+}/opioid-safety")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OpioidSafetyResource {

    /** One reviewed item: its state is recorded, missing or overdue. */
    public record ItemView(String code, String label, LocalDate recordedOn, String status, String message,
                           String source) {

        static ItemView of(OpioidSafetyReview.Item item) {
            return new ItemView(item.code(), item.label(), item.recordedOn(), item.status().code(), item.message(),
                    item.source());
        }
    }

    /** The dates recorded and the review of each item. */
    public record SafetyView(LocalDate agreementSignedOn, LocalDate drugScreenOn, String drugScreenResult,
                             LocalDate pdmpCheckedOn, LocalDate naloxoneOfferedOn, long version, String updatedBy,
                             LocalDateTime updatedAt, List<ItemView> items) {

        static SafetyView of(OpioidSafety.Status status) {
            OpioidSafetyDates d = status.dates();
            return new SafetyView(d.agreementSignedOn(), d.drugScreenOn(), d.drugScreenResult(), d.pdmpCheckedOn(),
                    d.naloxoneOfferedOn(), status.version(), status.updatedBy(), status.updatedAt(),
                    status.items().stream().map(ItemView::of).toList());
        }
    }

    @Inject
    private OpioidSafety safety;

    @GET
    @Operation(summary = "The opioid safety items with their dates and whether each needs attention")
    public Response read(@PathParam("patientId") long patientId) {
        OpioidSafety.Status status = safety.read(patientId);
        return Response.ok(SafetyView.of(status)).tag(CarePlanResource.etag(status.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Physician or nurse: save agreementSignedOn, drugScreenOn, drugScreenResult, pdmpCheckedOn,"
            + " naloxoneOfferedOn (ISO dates, not in the future; left out or null = not done); If-Match with the"
            + " version read (0 before the first save)")
    public Response record(@PathParam("patientId") long patientId, @HeaderParam("If-Match") String ifMatch,

                @RequestBody(content = @Content(schema = @Schema(implementation = OpioidSafetyRecordBody.class)))
                String body) {
        Long version = CarePlanResource.version(ifMatch);
        if (version == null) {
            return CarePlanResource.preconditionRequired();
        }
        JsonBody json = JsonBody.of(body);
        OpioidSafety.Entry entry = new OpioidSafety.Entry(json.text("agreementSignedOn"),
                json.text("drugScreenOn"), json.text("drugScreenResult"),
                json.text("pdmpCheckedOn"), json.text("naloxoneOfferedOn"));
        json.done();
        OpioidSafety.Status status = safety.record(patientId, version, entry);
        return Response.ok(SafetyView.of(status)).tag(CarePlanResource.etag(status.version())).build();
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record OpioidSafetyRecordBody(String agreementSignedOn, String drugScreenOn, String drugScreenResult,
                                         String pdmpCheckedOn, String naloxoneOfferedOn) {
    }
}
