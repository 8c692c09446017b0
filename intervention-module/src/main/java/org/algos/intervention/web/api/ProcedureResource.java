package org.algos.intervention.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.algos.domain.common.FieldErrors;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.procedure.FollowUp;
import org.algos.intervention.procedure.ProcedureNote;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.kit.api.JsonInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A patient's procedures: booking (with eligibility and override), checklist, completion, follow-ups. */
@Path("patients/{patientId: [0-9]+}/procedures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {

    /** A follow-up as the API returns it. */
    public record FollowUpView(long id, LocalDate date, int painNow, int reliefPercent, String functionNote) {

        static FollowUpView of(FollowUp f) {
            return new FollowUpView(f.id(), f.followUpOn(), f.painNow(), f.reliefPercent(), f.functionNote());
        }
    }

    /** The procedure note as the API returns it. */
    public record NoteView(String approach, String guidance, Integer fluoroscopySeconds, Double fluoroscopyDose,
                           String needle, String medications, String complications, String disposition) {

        static NoteView of(ProcedureNote n) {
            return n == null ? null : new NoteView(n.approach(), n.guidance(), n.fluoroscopySeconds(),
                    n.fluoroscopyDose(), n.needle(), n.medications(), n.complications(), n.disposition());
        }
    }

    /** A procedure with its CPT codes, checklist, note, relief and follow-ups. */
    public record ProcedureView(long id, String procedure, String name, List<String> cptCodes, String side,
                                List<String> levels, LocalDate date, String status, String overrideReason,
                                String overriddenBy, Integer painBefore, Integer painAfter, Double reliefPercent,
                                Map<String, String> checklist, List<String> checklistOpen, NoteView note,
                                List<FollowUpView> followUps, long version) {

        static ProcedureView of(ProcedureRecord r, List<FollowUp> followUps) {
            Procedure p = Procedure.fromCode(r.procedure()).orElse(null);
            Map<String, String> checklist = new java.util.LinkedHashMap<>();
            r.checklist().answers().forEach((k, v) -> checklist.put(k, v == null ? null : v.code()));
            return new ProcedureView(r.id(), r.procedure(), p == null ? r.procedure() : p.displayName(),
                    p == null ? List.of() : p.cptCodes(), r.side() == null ? null : r.side().code(), r.levels(),
                    r.date(), r.status().code(), r.overrideReason(), r.overriddenBy(), r.painBefore(), r.painAfter(),
                    r.reliefPercent(), checklist, r.checklist().open(), NoteView.of(r.note()),
                    followUps.stream().map(FollowUpView::of).toList(), r.version());
        }
    }

    @Inject
    private Procedures procedures;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a procedure (422 with the reasons when a rule refuses, unless a physician overrides), "
            + "or record an earlier one with status completed")
    public Response book(@PathParam("patientId") long patientId, String body) {
        JsonObject json = JsonInput.object(body);
        FieldErrors errors = new FieldErrors();
        JsonValue override = json.get("override");
        boolean overrideGiven = override != null && override.getValueType() != JsonValue.ValueType.NULL;
        String overrideReason = null;
        if (override instanceof JsonObject o) {
            overrideReason = JsonInput.text(o, "reason", errors);
        } else if (overrideGiven) {
            errors.add("override", "must be an object with a reason");
        }
        Procedures.Booking booking = new Procedures.Booking(JsonInput.text(json, "procedure", errors),
                JsonInput.text(json, "side", errors), JsonInput.strings(json, "levels", errors),
                JsonInput.text(json, "date", errors), JsonInput.text(json, "status", errors),
                JsonInput.integer(json, "painBefore", errors), JsonInput.integer(json, "painAfter", errors),
                overrideReason, overrideGiven);
        errors.throwIfAny();
        ProcedureRecord record = procedures.book(patientId, booking);
        return Response.status(Response.Status.CREATED).entity(ProcedureView.of(record, List.of())).build();
    }

    @GET
    @Operation(summary = "The patient's procedures, oldest first, with relief and follow-ups")
    public List<ProcedureView> list(@PathParam("patientId") long patientId) {
        return procedures.history(patientId).stream()
                .map(listed -> ProcedureView.of(listed.procedure(), listed.followUps())).toList();
    }

    @POST
    @Path("{procedureId: [0-9]+}/check-in")
    @Operation(summary = "The patient has arrived")
    public ProcedureView checkIn(@PathParam("patientId") long patientId, @PathParam("procedureId") long id) {
        return ProcedureView.of(procedures.checkIn(patientId, id), List.of());
    }

    @POST
    @Path("{procedureId: [0-9]+}/cancel")
    @Operation(summary = "Cancel a procedure that is not completed")
    public ProcedureView cancel(@PathParam("patientId") long patientId, @PathParam("procedureId") long id) {
        return ProcedureView.of(procedures.cancel(patientId, id), List.of());
    }

    @PUT
    @Path("{procedureId: [0-9]+}/checklist/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tick a safety checklist item: {\"answer\": \"done\" | \"not-applicable\"}")
    public ProcedureView tick(@PathParam("patientId") long patientId, @PathParam("procedureId") long id,
                              @PathParam("item") String item, String body) {
        FieldErrors errors = new FieldErrors();
        String answer = JsonInput.text(JsonInput.object(body), "answer", errors);
        errors.throwIfAny();
        return ProcedureView.of(procedures.tick(patientId, id, item, answer), List.of());
    }

    @POST
    @Path("{procedureId: [0-9]+}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete with the procedure note and the immediate pain before and after")
    public ProcedureView complete(@PathParam("patientId") long patientId, @PathParam("procedureId") long id,
                                  String body) {
        JsonObject json = JsonInput.object(body);
        FieldErrors errors = new FieldErrors();
        Integer seconds = JsonInput.integer(json, "fluoroscopySeconds", errors);
        String dose = JsonInput.text(json, "fluoroscopyDose", errors);
        Double doseValue = null;
        if (dose != null) {
            try {
                doseValue = Double.valueOf(dose);
            } catch (NumberFormatException e) {
                errors.add("fluoroscopyDose", "must be a number (mGy·cm²)");
            }
        }
        ProcedureNote note = new ProcedureNote(JsonInput.text(json, "approach", errors),
                JsonInput.text(json, "guidance", errors), seconds, doseValue, JsonInput.text(json, "needle", errors),
                JsonInput.text(json, "medications", errors), JsonInput.text(json, "complications", errors),
                JsonInput.text(json, "disposition", errors));
        Integer before = JsonInput.integer(json, "painBefore", errors);
        Integer after = JsonInput.integer(json, "painAfter", errors);
        errors.throwIfAny();
        return ProcedureView.of(procedures.complete(patientId, id, note, before, after), List.of());
    }

    @POST
    @Path("{procedureId: [0-9]+}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A follow-up: date, painNow, reliefPercent, functionNote")
    public Response followUp(@PathParam("patientId") long patientId, @PathParam("procedureId") long id, String body) {
        JsonObject json = JsonInput.object(body);
        FieldErrors errors = new FieldErrors();
        String date = JsonInput.text(json, "date", errors);
        Integer pain = JsonInput.integer(json, "painNow", errors);
        Integer relief = JsonInput.integer(json, "reliefPercent", errors);
        String functionNote = JsonInput.text(json, "functionNote", errors);
        errors.throwIfAny();
        return Response.status(Response.Status.CREATED)
                .entity(FollowUpView.of(procedures.followUp(patientId, id, date, pain, relief, functionNote))).build();
    }

}
