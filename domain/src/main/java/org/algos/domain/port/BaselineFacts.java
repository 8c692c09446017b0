package org.algos.domain.port;

import java.time.LocalDate;
import org.algos.domain.access.AuthorizedPatient;

/**
 * What a patient's record says just before a procedure, kept with the procedure so that the
 * outcomes registry can split its cohort by it: each module answers for what it owns (the
 * diagnosis module the last PCS and PHQ-9, the care-plan module the opioid dose on the day) and
 * leaves the rest null. It takes the proof that the caller passed the access guard, and audits
 * nothing itself: it runs under the completion's audit event.
 */
public interface BaselineFacts {

    /** How long before the procedure a questionnaire still counts as its baseline. */
    int LOOKBACK_DAYS = 90;

    /**
     * The facts one module knows; null where it knows nothing.
     *
     * @param pcsTotal  the last valid Pain Catastrophizing Scale total (0–52) in the lookback
     * @param phq9Total the last valid PHQ-9 total (0–27) in the lookback
     * @param phq9Band  that PHQ-9's band as scored ("minimal" … "severe")
     * @param mmeTotal  the opioid dose taken on the day, in MME per day (0 when none)
     * @param mmeLevel  its CDC level code: "below50", "50to89" or "90plus"
     */
    record Baseline(Integer pcsTotal, Integer phq9Total, String phq9Band, Double mmeTotal, String mmeLevel) {

        public static final Baseline NONE = new Baseline(null, null, null, null, null);

        /** This module's facts completed by another's. */
        public Baseline and(Baseline other) {
            return new Baseline(pcsTotal != null ? pcsTotal : other.pcsTotal,
                    phq9Total != null ? phq9Total : other.phq9Total, phq9Band != null ? phq9Band : other.phq9Band,
                    mmeTotal != null ? mmeTotal : other.mmeTotal, mmeLevel != null ? mmeLevel : other.mmeLevel);
        }
    }

    /** The facts for a procedure on {@code procedureDay}: questionnaires up to that day, medication on it. */
    Baseline before(AuthorizedPatient patient, LocalDate procedureDay);
}
