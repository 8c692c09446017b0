package org.algos.careplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import org.algos.careplan.education.ClinicText;
import org.algos.careplan.education.EducationLibrary;
import org.algos.careplan.education.TextDraft;
import org.algos.web.kit.api.JsonBody;
import org.algos.web.kit.api.PageView;
import org.algos.web.kit.api.QueryInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * The clinic's own education texts: an administrator or a clinician writes a draft, another
 * clinician approves it, and an approved text is frozen until it is withdrawn. Changes send
 * If-Match with the version read (its ETag): 428 without it, 409 when stale.
 */
@Path("education-texts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EducationTextResource {

    /** One of the clinic's texts with its status and content. */
    public record ClinicTextView(String code, String title, String summary, int minutes, String status,
                                 String markdown, String html, String writtenBy, LocalDateTime changedAt,
                                 String approvedBy, LocalDateTime approvedAt, String withdrawnBy,
                                 LocalDateTime withdrawnAt, long version) {

        static ClinicTextView of(ClinicText t) {
            return new ClinicTextView(t.code(), t.title(), t.summary(), t.minutes(), t.status().code(), t.markdown(),
                    t.topic().html(), t.writtenBy(), t.changedAt(), t.approvedBy(), t.approvedAt(), t.withdrawnBy(),
                    t.withdrawnAt(), t.version());
        }
    }

    @Inject
    private EducationLibrary library;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "Administrator or clinician: the clinic's texts, drafts first, then approved, then"
            + " withdrawn, by title; paged")
    public PageView<ClinicTextView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryInput.PageRequest paging = QueryInput.page(page, size, 20);
        return PageView.of(library.clinicTexts(paging.page(), paging.size()).map(ClinicTextView::of));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Administrator or clinician: one of the clinic's texts in any status")
    public Response read(@PathParam("code") String code) {
        return tagged(Response.ok(), library.clinicTextOrThrow(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Administrator or clinician: write a draft: code (lower-case words joined by hyphens,"
            + " not taken), title (not taken), summary, minutes (1-60), markdown (the safe subset, up to 20,000"
            + " characters)")
    public Response write(@RequestBody(content = @Content(schema = @Schema(implementation = TextBody.class)))
                          String body) {
        JsonBody json = JsonBody.of(body);
        TextDraft draft = new TextDraft(json.text("code"), json.text("title"), json.text("summary"),
                json.integer("minutes"), json.text("markdown"));
        json.done();
        ClinicText text = library.write(draft);
        return tagged(Response.created(uriInfo.getAbsolutePathBuilder().path(text.code()).build()), text);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Administrator or clinician: change a draft (all of title, summary, minutes, markdown);"
            + " If-Match with its version. An approved or withdrawn text cannot change (409)")
    public Response revise(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                           @RequestBody(content = @Content(schema = @Schema(implementation = TextReviseBody.class)))
                           String body) {
        Long version = CarePlanResource.version(ifMatch);
        if (version == null) {
            return CarePlanResource.preconditionRequired();
        }
        JsonBody json = JsonBody.of(body);
        TextDraft draft = new TextDraft(code, json.text("title"), json.text("summary"), json.integer("minutes"),
                json.text("markdown"));
        json.done();
        return tagged(Response.ok(), library.revise(code, version, draft));
    }

    @POST
    @Path("{code}/approval")
    @Operation(summary = "Clinician other than the author: approve the draft, so it can be given to patients;"
            + " If-Match with its version")
    public Response approve(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        Long version = CarePlanResource.version(ifMatch);
        return version == null ? CarePlanResource.preconditionRequired()
                : tagged(Response.ok(), library.approve(code, version));
    }

    @POST
    @Path("{code}/withdrawal")
    @Operation(summary = "Administrator or clinician: withdraw the text (or discard a draft): it can no longer"
            + " be given; patients who were given it can still read it. If-Match with its version")
    public Response withdraw(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        Long version = CarePlanResource.version(ifMatch);
        return version == null ? CarePlanResource.preconditionRequired()
                : tagged(Response.ok(), library.withdraw(code, version));
    }

    private static Response tagged(Response.ResponseBuilder response, ClinicText text) {
        return response.entity(ClinicTextView.of(text)).tag(CarePlanResource.etag(text.version())).build();
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record TextBody(String code, String title, String summary, Integer minutes, String markdown) {
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record TextReviseBody(String title, String summary, Integer minutes, String markdown) {
    }
}
