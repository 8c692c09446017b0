package org.algos.web.document;

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
import org.algos.domain.document.ClinicalDocument;
import org.algos.domain.document.ClinicalDocuments;
import org.algos.domain.document.DocumentListing;
import org.algos.web.kit.api.PageView;
import org.algos.web.kit.api.QueryInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * The patient's documents: made from the record ({@code POST}), listed newest first and paged,
 * downloaded as PDF ({@code Accept: application/pdf}) or described as JSON. The chart's access
 * rules apply; a patient makes and opens only their own plan.
 */
@Path("patients/{patientId: [0-9]+}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    /** A stored document as the API describes it. */
    public record DocumentView(long id, String type, String title, LocalDateTime createdAt, String createdBy,
                               String sha256, int size, String contentType, String source) {

        static DocumentView of(DocumentListing d) {
            return new DocumentView(d.id(), d.kind().code(), d.title(), d.createdAt(), d.createdBy(), d.sha256(),
                    d.size(), d.contentType(), d.sourceRecord());
        }
    }

    @Inject
    private DocumentGenerator generator;

    @Inject
    private ClinicalDocuments documents;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a document from the record: {\"type\": \"procedure-note\", \"procedure\": id}, "
            + "{\"type\": \"letter\", \"addressee\": ..., \"recommendation\": ...} or {\"type\": \"patient-plan\"}")
    public Response generate(@PathParam("patientId") long patientId,
                @RequestBody(content = @Content(schema = @Schema(implementation = DocumentRequestBody.class)))
                String body) {
        ClinicalDocument made = generator.make(patientId, DocumentRequests.parse(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(made.id())).build())
                .entity(DocumentView.of(made.listing())).build();
    }

    @GET
    @Operation(summary = "The patient's documents, newest first, paged (page, size)")
    public PageView<DocumentView> list(@PathParam("patientId") long patientId, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        QueryInput.PageRequest paging = QueryInput.page(page, size, 20);
        return PageView.of(documents.list(patientId, paging.page(), paging.size()).map(DocumentView::of));
    }

    @GET
    @Path("{documentId: [0-9]+}")
    @Produces({DocumentGenerator.PDF, "text/plain", "text/html"})
    @Operation(summary = "Download a document as stored (Accept: application/pdf)")
    public Response download(@PathParam("patientId") long patientId, @PathParam("documentId") long documentId) {
        ClinicalDocument d = documents.get(patientId, documentId);
        return Response.ok(d.content(), d.contentType())
                .header("Content-Disposition", "inline; filename=\"" + d.fileName() + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("{documentId: [0-9]+}")
    @Operation(summary = "Describe a document: type, title, when and by whom it was made, its SHA-256")
    public DocumentView describe(@PathParam("patientId") long patientId, @PathParam("documentId") long documentId) {
        return DocumentView.of(documents.get(patientId, documentId).listing());
    }

    /** A request body for the OpenAPI document; the method reads exactly these fields, by type. */
    public record DocumentRequestBody(String type, Long procedure, String addressee, String recommendation) {
    }
}
