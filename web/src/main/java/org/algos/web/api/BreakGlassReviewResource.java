package org.algos.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.util.List;
import org.algos.domain.review.BreakGlassReview;
import org.algos.domain.review.BreakGlassReviews;
import org.algos.domain.review.GrantReviewDetail;
import org.algos.domain.review.GrantSummary;
import org.algos.domain.review.GrantUnderReview;
import org.algos.web.api.AuditResource.AuditEventView;
import org.algos.web.kit.api.JsonBody;
import org.algos.web.kit.api.PageView;
import org.algos.web.kit.api.QueryInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The auditor's review of break-glass grants: the open ones oldest first, one with its events, the verdict. */
@Path("break-glass-reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BreakGlassReviewResource {

    /** A grant as the queue shows it; times in UTC, the patient by demographics only. */
    public record GrantView(long grantId, String username, String displayName, String role, LocalDateTime grantedAt,
                            LocalDateTime expiresAt, String reason, String writeReason, long patientId,
                            String patientName, String mrn, long eventCount, LocalDateTime reviewDue,
                            boolean overdue) {

        static GrantView of(GrantUnderReview g) {
            GrantSummary s = g.grant();
            return new GrantView(s.grantId(), s.username(), s.displayName(), s.role().code(), s.grantedAt(),
                    s.expiresAt(), s.reason(), s.writeReason(), s.patientId(), s.patientName(), s.mrn(),
                    g.eventCount(), g.reviewDue(), g.overdue());
        }
    }

    /** A recorded review. */
    public record ReviewView(long grantId, String verdict, String note, String reviewedBy, LocalDateTime reviewedAt) {

        static ReviewView of(BreakGlassReview r) {
            return r == null ? null : new ReviewView(r.grantId(), r.verdict().code(), r.note(), r.reviewedBy(),
                    r.reviewedAt());
        }
    }

    /** One grant with the events under it, oldest first; {@code eventsCut} when more exist than are listed. */
    public record DetailView(GrantView grant, List<AuditEventView> events, boolean eventsCut, ReviewView review) {

        static DetailView of(GrantReviewDetail d) {
            return new DetailView(GrantView.of(d.grant()), d.events().stream().map(AuditEventView::of).toList(),
                    d.eventsCut(), ReviewView.of(d.review()));
        }
    }

    @Inject
    private BreakGlassReviews reviews;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "Break-glass grants not reviewed yet, oldest first, each with the number of events its"
            + " holder wrote on the patient while it lasted and whether its review is overdue")
    public PageView<GrantView> queue(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryInput.PageRequest paging = QueryInput.page(page, size, 20);
        return PageView.of(reviews.queue(paging.page(), paging.size()).map(GrantView::of));
    }

    @GET
    @Path("{grantId: [0-9]+}")
    @Operation(summary = "One grant, reviewed or not, with the events under it (oldest first, at most 500)")
    public DetailView detail(@PathParam("grantId") long grantId) {
        return DetailView.of(reviews.detail(grantId));
    }

    @POST
    @Path("{grantId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the verdict on a grant, once: justified, or not-justified with a note saying why")
    public Response review(@PathParam("grantId") long grantId,
                @RequestBody(content = @Content(schema = @Schema(implementation = BreakGlassReviewBody.class)))
                String body) {
        JsonBody json = JsonBody.of(body);
        String verdict = json.text("verdict");
        String note = json.text("note");
        json.done();
        BreakGlassReview review = reviews.review(grantId, verdict, note);
        return Response.created(uriInfo.getAbsolutePath()).entity(ReviewView.of(review)).build();
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record BreakGlassReviewBody(String verdict, String note) {
    }
}
