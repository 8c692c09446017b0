package org.algos.careplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.algos.careplan.education.EducationLibrary;
import org.algos.careplan.education.EducationTopic;
import org.algos.domain.common.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The education texts the care team can give: shipped with Algos or written and approved by the clinic. */
@Path("education-topics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EducationTopicResource {

    /** A text of the catalogue without its content. */
    public record TopicView(String code, String title, String summary, int minutes, String origin) {

        static TopicView of(EducationTopic t) {
            return new TopicView(t.code(), t.title(), t.summary(), t.minutes(), t.origin().code());
        }
    }

    /** A text of the catalogue with its content. */
    public record TopicTextView(String code, String title, String summary, int minutes, String origin,
                                String markdown, String html) {

        static TopicTextView of(EducationTopic t) {
            return new TopicTextView(t.code(), t.title(), t.summary(), t.minutes(), t.origin().code(), t.markdown(),
                    t.html());
        }
    }

    @Inject
    private EducationLibrary library;

    @GET
    @Operation(summary = "The texts that can be given to a patient, in the order shown to the team: the shipped"
            + " ones (origin shipped), then the clinic's approved ones (origin clinic)")
    public List<TopicView> catalogue() {
        return library.assignable().stream().map(TopicView::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One text that can be given, with its content")
    public TopicTextView topic(@PathParam("code") String code) {
        return TopicTextView.of(library.assignable(code)
                .orElseThrow(() -> new NotFoundException("No education text " + code + " can be given")));
    }
}
