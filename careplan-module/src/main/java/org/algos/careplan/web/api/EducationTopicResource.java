package org.algos.careplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.algos.careplan.education.EducationCatalogue;
import org.algos.careplan.education.EducationTopic;
import org.algos.careplan.education.PatientEducation;
import org.algos.domain.common.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The education texts shipped with Algos, from which the care team chooses. */
@Path("education-topics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EducationTopicResource {

    /** A text of the catalogue without its content. */
    public record TopicView(String code, String title, String summary, int minutes) {

        static TopicView of(EducationTopic t) {
            return new TopicView(t.code(), t.title(), t.summary(), t.minutes());
        }
    }

    /** A text of the catalogue with its content. */
    public record TopicTextView(String code, String title, String summary, int minutes, String markdown, String html) {

        static TopicTextView of(EducationTopic t) {
            return new TopicTextView(t.code(), t.title(), t.summary(), t.minutes(), t.markdown(), t.html());
        }
    }

    @Inject
    private PatientEducation education;

    @GET
    @Operation(summary = "The catalogue of education texts, in the order shown to the team")
    public List<TopicView> catalogue() {
        return education.catalogue().stream().map(TopicView::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One text of the catalogue with its content")
    public TopicTextView topic(@PathParam("code") String code) {
        return TopicTextView.of(EducationCatalogue.find(code)
                .orElseThrow(() -> new NotFoundException("No education text " + code)));
    }
}
