package org.algos.web.fhir.bulk;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.algos.web.fhir.ApiAddress;
import org.algos.web.fhir.FhirOperationProvider;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code GET|POST [base]/Patient/$export}: the kick-off of a bulk export of every patient (Bulk
 * Data Access IG 2.0.0). Asks for {@code Prefer: respond-async}, checks the parameters, records
 * the export and answers 202 with the status URL in {@code Content-Location}; the files are
 * written in the background.
 */
@Dependent
public class BulkExportKickOff implements FhirOperationProvider {

    @Inject
    private BulkExports exports;

    @Inject
    private BulkExportRunner runner;

    @Inject
    private ApiAddress api;

    @Inject
    private Clock clock;

    @Operation(name = "$export", typeName = "Patient", idempotent = true, manualResponse = true)
    public void export(@OperationParam(name = "_outputFormat") StringType outputFormat,
                       @OperationParam(name = "_type", max = OperationParam.MAX_UNLIMITED) List<StringType> types,
                       @OperationParam(name = "_since") StringType since,
                       ServletRequestDetails details) throws IOException {
        HttpServletRequest request = details.getServletRequest();
        String prefer = request.getHeader("Prefer");
        if (prefer == null || !prefer.toLowerCase().contains("respond-async")) {
            throw new InvalidRequestException("A bulk export runs in the background: send 'Prefer: respond-async'.");
        }
        BulkExportRequest asked = BulkExportRequest.of(text(outputFormat),
                types == null ? List.of() : types.stream().map(StringType::getValue).toList(), text(since),
                request.getParameterMap().keySet(), clock.instant());
        String url = request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        BulkExportJob job = exports.start(asked, url);
        String base = api.base();
        runner.run(job.id(), job.types(), base);

        HttpServletResponse response = details.getServletResponse();
        response.setStatus(202);
        response.setHeader("Content-Location", base + "/bulk-export/" + job.id());
        response.setContentType("application/fhir+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        OperationOutcome accepted = new OperationOutcome();
        accepted.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL)
                .setDiagnostics("Export " + job.id() + " started: poll the URL in Content-Location for its progress"
                        + " and, once complete, its files.");
        response.getWriter().write(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(accepted));
    }

    private static String text(StringType value) {
        return value == null ? null : value.getValue();
    }
}
