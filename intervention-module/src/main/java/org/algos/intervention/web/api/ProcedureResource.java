package org.algos.intervention.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.procedure.FollowUp;
import org.algos.intervention.procedure.ProcedureNote;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.kit.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

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
    public Response book(@PathParam("patientId") long patientId,
                         @RequestBody(content = @Content(schema = @Schema(implementation = ProcedureBookBody.class)))
                         String body) {
        JsonBody json = JsonBody.of(body);
        boolean overrideGiven = json.present("override");
        JsonBody override = json.object("override");
        String overrideReason = override == null ? null : override.text("reason");
        Procedures.Booking booking = new Procedures.Booking(json.text("procedure"),
                json.text("side"), json.strings("levels"),
                json.text("date"), json.text("status"),
                json.integer("painBefore"), json.integer("painAfter"),
                overrideReason, overrideGiven);
        json.done();
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
                              @PathParam("item") String item,
                @RequestBody(content = @Content(schema = @Schema(implementation = ProcedureTickBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        String answer = json.text("answer");
        json.done();
        return ProcedureView.of(procedures.tick(patientId, id, item, answer), List.of());
    }

    @POST
    @Path("{procedureId: [0-9]+}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete with the procedure note and the immediate pain before and after")
    public ProcedureView complete(@PathParam("patientId") long patientId, @PathParam("procedureId") long id,

                @RequestBody(content = @Content(schema = @Schema(implementation = ProcedureCompleteBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        Integer seconds = json.integer("fluoroscopySeconds");
        Double doseValue = json.decimal("fluoroscopyDose");
        ProcedureNote note = new ProcedureNote(json.text("approach"),
                json.text("guidance"), seconds, doseValue, json.text("needle"),
                json.text("medications"), json.text("complications"),
                json.text("disposition"));
        Integer before = json.integer("painBefore");
        Integer after = json.integer("painAfter");
        json.done();
        return ProcedureView.of(procedures.complete(patientId, id, note, before, after), List.of());
    }

    @POST
    @Path("{procedureId: [0-9]+}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A follow-up: date, painNow, reliefPercent, functionNote")
    public Response followUp(@PathParam("patientId") long patientId, @PathParam("procedureId") long id,
                @RequestBody(content = @Content(schema = @Schema(implementation = ProcedureFollowUpBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        String date = json.text("date");
        Integer pain = json.integer("painNow");
        Integer relief = json.integer("reliefPercent");
        String functionNote = json.text("functionNote");
        json.done();
        return Response.status(Response.Status.CREATED)
                .entity(FollowUpView.of(procedures.followUp(patientId, id, date, pain, relief, functionNote))).build();
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record ProcedureBookOverride(String reason) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record ProcedureBookBody(ProcedureBookOverride override, String procedure, String side,
                                    List<String> levels, String date, String status, Integer painBefore,
                                    Integer painAfter) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record ProcedureTickBody(String answer) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record ProcedureCompleteBody(Integer fluoroscopySeconds, Double fluoroscopyDose, String approach,
                                        String guidance, String needle, String medications, String complications,
                                        String disposition, Integer painBefore, Integer painAfter) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record ProcedureFollowUpBody(String date, Integer painNow, Integer reliefPercent, String functionNote) {
    }
}
