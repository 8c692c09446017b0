package org.algos.domain.patient;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.algos.domain.common.FieldErrors;

/**
 * Checked demographic details of a patient. {@link #parse} turns what a user typed into this, or
 * reports every field that is wrong.
 */
public record PatientDetails(String mrn, String givenName, String familyName, LocalDate birthDate, Sex sex) {

    /** Hospital MRNs differ; letters, digits and the separators . / - cover the common forms. */
    static final Pattern MRN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./-]{0,39}");
    static final int MAX_NAME = 100;
    static final int MAX_AGE_YEARS = 130;

    public static PatientDetails parse(String mrn, String givenName, String familyName, String birthDate, String sex,
                                       LocalDate today) {
        FieldErrors errors = new FieldErrors();
        String checkedMrn = errors.requiredText("mrn", mrn, 40);
        // MRNs are compared in upper case, so "ab-12" and "AB-12" are one patient.
        checkedMrn = checkedMrn == null ? null : checkedMrn.toUpperCase(java.util.Locale.ROOT);
        if (checkedMrn != null && !MRN.matcher(checkedMrn).matches()) {
            errors.add("mrn", "may contain only letters, digits, '.', '/' and '-', starting with a letter or digit");
            checkedMrn = null;
        }
        String given = errors.requiredText("givenName", givenName, MAX_NAME);
        String family = errors.requiredText("familyName", familyName, MAX_NAME);
        LocalDate born = errors.requiredDate("birthDate", birthDate);
        if (born != null && born.isAfter(today)) {
            errors.add("birthDate", "cannot be in the future");
        } else if (born != null && born.isBefore(today.minusYears(MAX_AGE_YEARS))) {
            errors.add("birthDate", "is more than " + MAX_AGE_YEARS + " years ago");
        }
        Sex checkedSex = errors.requiredCode("sex", sex, Sex.class, Sex::code);
        errors.throwIfAny();
        return new PatientDetails(checkedMrn, given, family, born, checkedSex);
    }
}
