package org.algos.web.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.common.RuleRefusedException;
import org.algos.web.kit.api.BodyNotUtf8;
import org.algos.web.kit.api.BodyTooLarge;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The services' refusals as FHIR answers: each becomes HAPI's exception of the same status, which
 * HAPI writes as an OperationOutcome. Anything else is a 500 whose OperationOutcome names only an
 * incident id; the cause goes to the log.
 */
@Interceptor
public class FhirRefusals {

    private static final Logger LOG = Logger.getLogger(FhirRefusals.class.getName());

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            BaseServerResponseException known = known(t);
            if (known != null) {
                return known;
            }
        }
        if (thrown instanceof BaseServerResponseException fhir && !(thrown instanceof InternalErrorException)) {
            return fhir;
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "FHIR request failed, incident " + incident, thrown);
        return new InternalErrorException("The request could not be completed (incident " + incident + ").");
    }

    static OperationOutcome outcome(IssueType type, String text) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(text);
        return outcome;
    }

    private static BaseServerResponseException known(Throwable t) {
        if (t instanceof InvalidInputException invalid) {
            OperationOutcome outcome = new OperationOutcome();
            invalid.errors().forEach(e -> outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.INVALID)
                    .setDiagnostics(e.field() + ": " + e.message()).addExpression(e.field()));
            return new InvalidRequestException(invalid.errors().stream().map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; ")), outcome);
        }
        if (t instanceof RuleRefusedException refused) {
            return new UnprocessableEntityException(refused.getMessage());
        }
        if (t instanceof AccessDeniedException) {
            return new ForbiddenOperationException(t.getMessage(), outcome(IssueType.FORBIDDEN, t.getMessage()));
        }
        if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
            String text = "Your role does not allow this action.";
            return new ForbiddenOperationException(text, outcome(IssueType.FORBIDDEN, text));
        }
        if (t instanceof NotFoundException) {
            return new ResourceNotFoundException(t.getMessage(), outcome(IssueType.NOTFOUND, t.getMessage()));
        }
        if (t instanceof ConflictException || t instanceof OptimisticLockException) {
            return new ResourceVersionConflictException(t.getMessage());
        }
        if (t instanceof BodyTooLarge) {
            return new PayloadTooLargeException(t.getMessage());
        }
        if (t instanceof BodyNotUtf8) {
            return new InvalidRequestException(t.getMessage());
        }
        if (t instanceof BaseServerResponseException fhir && !(t instanceof InternalErrorException)) {
            return fhir;
        }
        return null;
    }
}
