package org.algos.intervention.procedure;

import org.algos.domain.access.AuthorizedPatient;

/**
 * What follows the completion of a procedure, within its transaction and under its audit event:
 * the outcome schedule (implemented in {@code intervention.outcome}, which builds on this
 * package, so the dependency runs one way).
 */
public interface CompletionFollowUp {

    /** Whether completing the procedure asks follow-up questionnaires, for the completion's audit event. */
    boolean appliesTo(ProcedureRecord procedure);

    /**
     * The procedure was just completed (or recorded as done): keeps what the record says before
     * it and asks its follow-ups; returns how many questionnaires were asked.
     */
    int completed(AuthorizedPatient patient, ProcedureRecord procedure);
}
