package org.algos.domain.port;

import java.time.LocalDate;
import org.algos.domain.access.AuthorizedPatient;

/**
 * A questionnaire of a procedure's outcome schedule was answered, for the intervention module to
 * record it as that procedure's follow-up at that point. Implemented by the intervention module,
 * called by the diagnosis module within the transaction that stored the answers.
 */
public interface ProcedureFollowUps {

    /**
     * What the answers say for the follow-up.
     *
     * @param procedureId the procedure the request was made for
     * @param point       the follow-up point, e.g. "3m"
     * @param answeredOn  the day the patient answered
     * @param painNow     the average pain the patient reports now, 0–10 (PEG's first item), or null
     * @param function    the function score of the answers (ODI or NDI percent), or null
     * @param functionBaseline the patient's last valid function score before the procedure, or null
     * @param functionInstrument ODI or NDI, or null
     * @param functionImproved whether the change from that baseline reached the instrument's MCID, or null
     */
    record Answered(long procedureId, String point, LocalDate answeredOn, Integer painNow, Double function,
                    Double functionBaseline, String functionInstrument, Boolean functionImproved) {
    }

    void answered(AuthorizedPatient patient, Answered answered);
}
