package org.algos.web.fhir.bulk;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.algos.domain.common.NotFoundException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The status URL of a bulk export and its files (Bulk Data Access IG 2.0.0): 202 with
 * {@code X-Progress} while it runs, 200 with the manifest once complete, the error as an
 * OperationOutcome if it failed, DELETE to cancel it or drop its files, and each NDJSON file for
 * the same account that started it.
 */
@Path("bulk-export/{jobId: [0-9a-f-]{36}}")
@RequestScoped
public class BulkExportResource {

    private static final String FHIR_JSON = "application/fhir+json";
    private static final String NDJSON = "application/fhir+ndjson";
    /** How soon a client should ask again: small exports take a second or two. */
    private static final int RETRY_AFTER_SECONDS = 2;

    @Inject
    private BulkExports exports;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Bulk export status: 202 and X-Progress while running, 200 with the manifest when complete")
    public Response status(@PathParam("jobId") String jobId) {
        BulkExportJob job;
        try {
            job = exports.status(jobId);
        } catch (NotFoundException e) {
            return outcome(404, OperationOutcome.IssueType.NOTFOUND, e.getMessage());
        }
        return switch (job.status()) {
            case RUNNING -> Response.accepted().header("X-Progress", progress(job))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
            case COMPLETED -> Response.ok(manifest(job), "application/json")
                    .expires(Date.from(job.expiresAt().toInstant(ZoneOffset.UTC))).build();
            case FAILED -> outcome(500, OperationOutcome.IssueType.EXCEPTION, job.error());
            case EXPIRED -> outcome(404, OperationOutcome.IssueType.NOTFOUND, "Export " + job.id()
                    + " expired: its files were deleted " + job.expiresAt() + " UTC. Start a new export.");
            case CANCELLED -> outcome(404, OperationOutcome.IssueType.NOTFOUND, "Export " + job.id() + " was cancelled.");
        };
    }

    @DELETE
    @Operation(summary = "Cancel a running bulk export, or delete a completed one's files")
    public Response cancel(@PathParam("jobId") String jobId) {
        try {
            exports.cancel(jobId);
        } catch (NotFoundException e) {
            return outcome(404, OperationOutcome.IssueType.NOTFOUND, e.getMessage());
        }
        return Response.accepted().build();
    }

    @GET
    @Path("{type: [A-Za-z]+}.ndjson")
    @Operation(summary = "One NDJSON file of a completed bulk export")
    public Response file(@PathParam("jobId") String jobId, @PathParam("type") String type) {
        try {
            return Response.ok(exports.file(jobId, type).toFile(), NDJSON).build();
        } catch (NotFoundException e) {
            return outcome(404, OperationOutcome.IssueType.NOTFOUND, e.getMessage());
        }
    }

    private static String progress(BulkExportJob job) {
        int total = job.patientsTotal();
        int done = job.patientsDone();
        return total == 0 ? "starting" : (100L * done / total) + "% (" + done + " of " + total + " patients)";
    }

    private String manifest(BulkExportJob job) {
        String base = uri.getAbsolutePath().toString();
        JsonArrayBuilder output = Json.createArrayBuilder();
        job.files().forEach((type, count) -> output.add(Json.createObjectBuilder().add("type", type)
                .add("url", base + "/" + NdjsonFiles.fileName(type)).add("count", count)));
        return Json.createObjectBuilder()
                .add("transactionTime", DateTimeFormatter.ISO_INSTANT.format(job.requestedAt().toInstant(ZoneOffset.UTC)))
                .add("request", job.requestUrl())
                .add("requiresAccessToken", true)
                .add("output", output)
                .add("error", Json.createArrayBuilder())
                .build().toString();
    }

    private static Response outcome(int status, OperationOutcome.IssueType type, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
        return Response.status(status).type(FHIR_JSON)
                .entity(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(outcome)).build();
    }
}
