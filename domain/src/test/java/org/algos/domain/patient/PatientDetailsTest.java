package org.algos.domain.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class PatientDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void validDetailsAreTrimmedAndTheMrnUpperCased() {
        PatientDetails d = PatientDetails.parse(" mrn-42 ", " Jane ", "Doe", "1971-04-12", "Female", TODAY);
        assertEquals("MRN-42", d.mrn());
        assertEquals("Jane", d.givenName());
        assertEquals(LocalDate.of(1971, 4, 12), d.birthDate());
        assertEquals(Sex.FEMALE, d.sex());
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PatientDetails.parse("", null, "x".repeat(101), "12/04/1971", "f", TODAY));
        assertEquals(List.of("mrn", "givenName", "familyName", "birthDate", "sex"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals("must be a date in the form YYYY-MM-DD", e.errors().get(3).message());
        assertEquals("must be one of female, male, other, unknown", e.errors().get(4).message());
    }

    @Test
    void birthDatesAreTodayAtTheLatestAndAtMost130YearsAgo() {
        assertEquals(TODAY, PatientDetails.parse("A1", "A", "B", "2026-11-28", "male", TODAY).birthDate());
        assertThrows(InvalidInputException.class, () -> PatientDetails.parse("A1", "A", "B", "2026-11-29", "male", TODAY));
        assertEquals(LocalDate.of(1896, 11, 28),
                PatientDetails.parse("A1", "A", "B", "1896-11-28", "male", TODAY).birthDate());
        assertThrows(InvalidInputException.class, () -> PatientDetails.parse("A1", "A", "B", "1896-11-27", "male", TODAY));
    }

    @Test
    void mrnsHoldOnlyLettersDigitsAndSeparators() {
        assertEquals("12/345.6-7", PatientDetails.parse("12/345.6-7", "A", "B", "2000-01-01", "other", TODAY).mrn());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PatientDetails.parse("12 34", "A", "B", "2000-01-01", "other", TODAY));
        assertEquals("mrn", e.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> PatientDetails.parse("-12", "A", "B", "2000-01-01", "other", TODAY));
    }

    @Test
    void searchKeysIgnoreCaseAccentsAndExtraSpaces() {
        assertEquals("fernandez", SearchKey.of("Fernández"));
        assertEquals("o briain", SearchKey.of("  Ó   Briain "));
        assertEquals("", SearchKey.of(null));
    }
}
