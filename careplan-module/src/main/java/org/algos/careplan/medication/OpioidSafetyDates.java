package org.algos.careplan.medication;

import java.time.LocalDate;

/** The dates of the opioid safety book-keeping; any may be unknown (null). */
public record OpioidSafetyDates(LocalDate agreementSignedOn, LocalDate drugScreenOn, String drugScreenResult,
                                LocalDate pdmpCheckedOn, LocalDate naloxoneOfferedOn) {

    public static final OpioidSafetyDates NONE = new OpioidSafetyDates(null, null, null, null, null);
}
