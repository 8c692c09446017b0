package org.algos.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.algos.domain.message.PatientMessage;
import org.algos.domain.message.PatientMessages;
import org.algos.domain.patient.PatientContact;
import org.algos.domain.patient.PatientContacts;
import org.algos.web.kit.api.JsonBody;
import org.algos.web.kit.api.PageView;
import org.algos.web.kit.api.Problem;
import org.algos.web.kit.api.QueryInput;
import org.algos.web.kit.api.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * The patient's e-mail address and consent to e-mail reminders, and the messages the clinic sent.
 * PUT replaces both with If-Match: the ETag read (0 while nothing is recorded).
 */
@Path("patients/{patientId: [0-9]+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    /** {@code version} 0: nothing recorded yet (no address, no consent). */
    public record ContactView(long patientId, String email, boolean emailReminders, String changedBy,
                              LocalDateTime changedAt, long version) {
        static ContactView of(long patientId, Optional<PatientContact> contact) {
            return contact.map(c -> new ContactView(patientId, c.email(), c.emailReminders(), c.changedBy(),
                            c.changedAt(), c.version()))
                    .orElse(new ContactView(patientId, null, false, null, null, PatientContacts.NOTHING_RECORDED));
        }
    }

    /** A message as recorded: what it was about and what became of it; the text only once sent. */
    public record MessageView(long id, String kind, String status, LocalDateTime createdAt, LocalDate closesOn,
                              int attempts, String recipient, String subject, String body, String lastError,
                              LocalDateTime finishedAt) {
        static MessageView of(PatientMessage m) {
            return new MessageView(m.id(), m.kind().name().toLowerCase().replace('_', '-'),
                    m.status().name().toLowerCase(), m.createdAt(), m.closesOn(), m.attempts(), m.recipient(),
                    m.subject(), m.body(), m.lastError(), m.finishedAt());
        }
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record ContactBody(String email, Boolean emailReminders) {
    }

    @Inject
    private PatientContacts contacts;

    @Inject
    private PatientMessages messages;

    @GET
    @Path("contact")
    @Operation(summary = "The patient's e-mail address and consent to e-mail reminders; ETag is their version")
    public Response read(@PathParam("patientId") long patientId) {
        ContactView view = ContactView.of(patientId, contacts.read(patientId));
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @PUT
    @Path("contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Patient or care team: record the e-mail address (null: none) and emailReminders (true"
            + " needs an address); If-Match with the version read (0 at first)")
    public Response change(@PathParam("patientId") long patientId, @HeaderParam("If-Match") String ifMatch,
                @RequestBody(content = @Content(schema = @Schema(implementation = ContactBody.class))) String body) {
        Long version = ifMatch == null || ifMatch.isBlank() ? null : Versions.fromIfMatch(ifMatch);
        if (version == null) {
            return Problem.of(428, "Precondition Required",
                    "Send If-Match with the ETag of the version you read (0 when nothing is recorded yet).")
                    .toResponse();
        }
        JsonBody json = JsonBody.of(body);
        String email = json.text("email");
        Boolean reminders = json.optionalBool("emailReminders");
        json.done();
        PatientContact saved = contacts.change(patientId, version, email, reminders);
        ContactView view = ContactView.of(patientId, Optional.of(saved));
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @GET
    @Path("messages")
    @Operation(summary = "Messages the clinic sent (or is sending) the patient, newest first, paged (page, size)")
    public PageView<MessageView> messages(@PathParam("patientId") long patientId, @QueryParam("page") String page,
                                          @QueryParam("size") String size) {
        QueryInput.PageRequest paging = QueryInput.page(page, size, 20);
        return PageView.of(messages.of(patientId, paging.page(), paging.size()).map(MessageView::of));
    }
}
