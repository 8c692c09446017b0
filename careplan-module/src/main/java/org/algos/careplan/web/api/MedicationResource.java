package org.algos.careplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import org.algos.careplan.medication.MedicationStatement;
import org.algos.careplan.medication.Medications;
import org.algos.domain.common.FieldErrors;
import org.algos.web.kit.api.JsonInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

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
    public Response add(@PathParam("patientId") long patientId, String body) {
        JsonObject json = JsonInput.object(body);
        FieldErrors errors = new FieldErrors();
        Medications.Entry entry = new Medications.Entry(JsonInput.text(json, "drug", errors),
                number(json, "doseMg", errors), JsonInput.text(json, "route", errors),
                number(json, "dosesPerDay", errors), number(json, "mcgPerHour", errors),
                JsonInput.text(json, "indication", errors), JsonInput.text(json, "startedOn", errors),
                JsonInput.text(json, "stoppedOn", errors));
        errors.throwIfAny();
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
                         @HeaderParam("If-Match") String ifMatch, String body) {
        Long version = CarePlanResource.version(ifMatch);
        if (version == null) {
            return CarePlanResource.preconditionRequired();
        }
        JsonObject json = JsonInput.object(body);
        FieldErrors errors = new FieldErrors();
        String stoppedOn = JsonInput.text(json, "stoppedOn", errors);
        errors.throwIfAny();
        MedicationStatement stopped = medications.stop(patientId, medicationId, version, stoppedOn);
        return Response.ok(MedicationView.of(stopped)).tag(CarePlanResource.etag(stopped.version())).build();
    }

    @GET
    @Operation(summary = "The medication list, oldest start first")
    public List<MedicationView> list(@PathParam("patientId") long patientId) {
        return medications.list(patientId).stream().map(MedicationView::of).toList();
    }

    private static Double number(JsonObject json, String field, FieldErrors errors) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n) {
            return n.doubleValue();
        }
        errors.add(field, "must be a number");
        return null;
    }
}
