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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.algos.careplan.preference.DecisionPreferences;
import org.algos.careplan.preference.PatientPreferences;
import org.algos.careplan.preference.TreatmentToAvoid;
import org.algos.web.kit.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * What the patient states for shared decisions. The patient replaces the whole statement with PUT
 * and If-Match: the ETag read (0 while nothing is stated); 428 without it, 409 when stale.
 */
@Path("patients/{patientId: [0-9]+}/preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PreferencesResource {

    /** The statement; {@code stated} is false and {@code version} 0 while the patient has stated nothing. */
    public record PreferencesView(long patientId, boolean stated, String involvement, String involvementStatement,
                                  List<String> avoid, String treatmentWishes, String whatMatters,
                                  String preferredContact, String contactNotes, String updatedBy,
                                  LocalDateTime updatedAt, long version) {

        static PreferencesView of(long patientId, Optional<DecisionPreferences> stated) {
            if (stated.isEmpty()) {
                return new PreferencesView(patientId, false, null, null, List.of(), null, null, null, null, null, null,
                        PatientPreferences.NOTHING_STATED);
            }
            DecisionPreferences p = stated.get();
            return new PreferencesView(patientId, true, p.involvement() == null ? null : p.involvement().code(),
                    p.involvement() == null ? null : p.involvement().statement(),
                    p.avoid().stream().map(TreatmentToAvoid::code).toList(), p.treatmentWishes(), p.whatMatters(),
                    p.preferredContact() == null ? null : p.preferredContact().code(), p.contactNotes(),
                    p.updatedBy(), p.updatedAt(), p.version());
        }
    }

    @Inject
    private PatientPreferences preferences;

    @GET
    @Operation(summary = "The patient's preferences for shared decisions; ETag is their version (0: nothing stated)")
    public Response read(@PathParam("patientId") long patientId) {
        PreferencesView view = PreferencesView.of(patientId, preferences.read(patientId));
        return Response.ok(view).tag(CarePlanResource.etag(view.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Patient: state preferences for decisions: involvement (decide-myself, decide-after-advice,"
            + " share, team-after-my-views, team-decides), avoid (list of injections, opioids, implanted-devices,"
            + " surgery), treatmentWishes, whatMatters, preferredContact (phone, text-message, email, letter,"
            + " at-visits), contactNotes; replaces the whole statement; If-Match with the version read (0 at first)")
    public Response state(@PathParam("patientId") long patientId, @HeaderParam("If-Match") String ifMatch,

                @RequestBody(content = @Content(schema = @Schema(implementation = PreferencesStateBody.class)))
                String body) {
        Long version = CarePlanResource.version(ifMatch);
        if (version == null) {
            return CarePlanResource.preconditionRequired();
        }
        JsonBody json = JsonBody.of(body);
        PatientPreferences.Entry entry = new PatientPreferences.Entry(json.text("involvement"),
                json.strings("avoid"), json.text("treatmentWishes"),
                json.text("whatMatters"), json.text("preferredContact"),
                json.text("contactNotes"));
        json.done();
        DecisionPreferences stated = preferences.state(patientId, version, entry);
        PreferencesView view = PreferencesView.of(patientId, Optional.of(stated));
        return Response.ok(view).tag(CarePlanResource.etag(view.version())).build();
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record PreferencesStateBody(String involvement, List<String> avoid, String treatmentWishes,
                                       String whatMatters, String preferredContact, String contactNotes) {
    }
}
