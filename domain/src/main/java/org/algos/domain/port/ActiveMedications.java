package org.algos.domain.port;

import java.time.LocalDate;
import java.util.List;
import org.algos.domain.access.AuthorizedPatient;

/**
 * The medications a patient takes on a date, for rules owned by other modules (anticoagulant
 * holds before a procedure). Implemented by the care-plan module; until it is, the list is empty.
 * It takes the proof that the caller passed the access guard, and audits nothing itself.
 */
public interface ActiveMedications {

    /**
     * One medication as the rules need it.
     *
     * @param drug       generic name in lower case, e.g. "apixaban"
     * @param indication why it is taken, where it matters (aspirin for primary prevention), else null
     */
    record Medication(String drug, String indication, LocalDate startedOn, LocalDate stoppedOn) {

        /** Taken on that day: started by then and not stopped before it (the stop date is the last day taken). */
        public boolean takenOn(LocalDate day) {
            return !startedOn.isAfter(day) && (stoppedOn == null || !stoppedOn.isBefore(day));
        }
    }

    List<Medication> activeOn(AuthorizedPatient patient, LocalDate date);
}
