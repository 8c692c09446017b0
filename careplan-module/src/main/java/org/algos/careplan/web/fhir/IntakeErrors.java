package org.algos.careplan.web.fhir;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * What is wrong in a referral's medication, each by the FHIRPath of the element: all of them at
 * once, so the sender can fix the resource in one go. Thrown as a 400 whose OperationOutcome names
 * each element in {@code expression}, as the server's other refusals do.
 */
final class IntakeErrors {

    private record Issue(String path, String message) {
    }

    private final List<Issue> issues = new ArrayList<>();

    void add(String path, String message) {
        issues.add(new Issue(path, message));
    }

    boolean isEmpty() {
        return issues.isEmpty();
    }

    void throwIfAny() {
        if (issues.isEmpty()) {
            return;
        }
        OperationOutcome outcome = new OperationOutcome();
        issues.forEach(i -> outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.INVALID)
                .setDiagnostics(i.path() + ": " + i.message()).addExpression(i.path()));
        Issue first = issues.get(0);
        throw new InvalidRequestException(first.path() + ": " + first.message(), outcome);
    }
}
