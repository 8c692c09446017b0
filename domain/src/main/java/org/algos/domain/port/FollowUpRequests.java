package org.algos.domain.port;

import java.time.LocalDate;
import java.util.List;
import org.algos.domain.access.AuthorizedPatient;

/**
 * The questionnaires a completed procedure asks of the patient afterwards (its outcome schedule),
 * for the intervention module, which decides them, to hand to the diagnosis module, which owns
 * questionnaires. Implemented by the diagnosis module. It takes the proof that the caller passed
 * the access guard; the caller's own audit event covers the requests it makes.
 */
public interface FollowUpRequests {

    /**
     * One questionnaire the patient is asked to fill in.
     *
     * @param instrument the questionnaire's code, e.g. "PEG" or "ODI"
     * @param point      the follow-up point it belongs to, e.g. "3m"
     * @param opensOn    the first day the patient sees it
     * @param dueOn      the last day it counts for the point
     */
    record Request(String instrument, String point, LocalDate opensOn, LocalDate dueOn) {
    }

    /** Asks the patient for these questionnaires on behalf of the procedure. */
    void schedule(AuthorizedPatient patient, long procedureId, List<Request> requests);

    /** Withdraws the procedure's requests not answered yet; returns how many. */
    int withdraw(AuthorizedPatient patient, long procedureId);
}
