package org.algos.web.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import org.algos.domain.access.Refusals;
import org.algos.web.kit.api.Problem;
import org.algos.web.kit.api.ProblemMapper;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The services' refusals as FHIR answers: the REST API's own mapping ({@link ProblemMapper})
 * decides the status and the words, so both interfaces answer a refusal alike; here they become
 * an OperationOutcome, one issue per wrong field (its path in {@code expression}) or refusing
 * rule. A role the container refused is audited, as on the REST API. HAPI's own refusals (an
 * unknown resource type, a bad parameter) pass through; anything else is the mapper's 500 naming
 * only an incident id.
 */
@Interceptor
public class FhirRefusals {

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(HttpServletRequest request, Throwable thrown) {
        if (thrown instanceof BaseServerResponseException fhir && !(thrown instanceof InternalErrorException)) {
            return fhir;
        }
        if (ProblemMapper.refusedByRole(thrown)) {
            // The container refused the role before any service ran, so no service recorded it.
            CDI.current().select(Refusals.class).get().refusedByRole(request.getMethod(),
                    request.getRequestURI().substring(request.getContextPath().length()));
        }
        // HAPI wraps what a provider throws in an InternalErrorException; the mapper reads the causes.
        Problem problem = ProblemMapper.problemFor(thrown);
        IssueType type = Fhir.issueType(problem.status());
        OperationOutcome outcome = new OperationOutcome();
        problem.errors().forEach(e -> outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type)
                .setDiagnostics(e.field() + ": " + e.message()).addExpression(e.field()));
        problem.reasons().forEach(r -> outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type)
                .setDiagnostics(r.rule() + ": " + r.message() + " (" + r.source() + ")"));
        if (outcome.getIssue().isEmpty()) {
            outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(problem.detail());
        }
        BaseServerResponseException answer = BaseServerResponseException.newInstance(problem.status(),
                problem.detail());
        answer.setOperationOutcome(outcome);
        return answer;
    }
}
