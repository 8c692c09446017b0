package org.algos.web.kit.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.hl7.fhir.r4.model.DateTimeType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FhirTest {

    @BeforeAll
    static void serverTimeZone() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC")); // as the servers run
    }

    private static Date at(String instant) {
        return new DateTimeType(instant).getValue();
    }

    private static boolean within(String instant, String... params) {
        DateRangeParam range = params.length == 1 ? new DateRangeParam(new DateParam(params[0]))
                : new DateRangeParam(new DateParam(params[0]), new DateParam(params[1]));
        return Fhir.within(range, at(instant));
    }

    @Test
    void dayBoundsCoverTheWholeDayAndNotTheDayBefore() {
        assertFalse(within("2026-11-01T10:00:00Z", "ge2026-11-02"), "the day before a ge bound");
        assertTrue(within("2026-11-02T00:00:00Z", "ge2026-11-02"));
        assertTrue(within("2026-11-02T23:59:59Z", "le2026-11-02"), "le includes the whole day");
        assertFalse(within("2026-11-03T00:00:00Z", "le2026-11-02"));
        assertFalse(within("2026-11-02T23:00:00Z", "gt2026-11-02"), "gt starts the next day");
        assertTrue(within("2026-11-03T00:00:00Z", "gt2026-11-02"));
        assertFalse(within("2026-11-02T00:00:00Z", "lt2026-11-02"));
        assertTrue(within("2026-11-01T23:59:59Z", "lt2026-11-02"));
        assertTrue(within("2026-11-02T12:00:00Z", "2026-11-02"), "a bare day is that day");
        assertFalse(within("2026-11-03T12:00:00Z", "2026-11-02"));
        assertTrue(within("2026-06-15T12:00:00Z", "ge2026-01-01", "le2026-12-31"));
        assertFalse(within("2027-01-01T00:00:00Z", "ge2026-01-01", "le2026-12-31"));
    }

    @Test
    void pagesAndPatientReferencesAreChecked() {
        assertEquals(20, Fhir.pageSize(null));
        assertThrows(InvalidRequestException.class, () -> Fhir.pageSize(101));
        assertThrows(InvalidRequestException.class, () -> Fhir.pageSize(0));
        assertEquals(2, Fhir.pageNumber(40, 20));
        assertThrows(InvalidRequestException.class, () -> Fhir.pageNumber(30, 20), "not a page boundary");
        assertEquals(12, Fhir.patientOf(new ReferenceParam("Patient/12")));
        assertEquals(12, Fhir.patientOf(new ReferenceParam("12")));
        assertThrows(InvalidRequestException.class, () -> Fhir.patientOf(new ReferenceParam("Practitioner/12")));
        assertThrows(InvalidRequestException.class, () -> Fhir.patientOf(new ReferenceParam("Patient/x")));
    }

    @Test
    void practitionerIdsAreValidFhirIdsAndStable() {
        assertEquals("dr.house", Practitioners.id("dr.house"));
        String hashed = Practitioners.id("dr_house");
        assertTrue(hashed.matches("u-[0-9a-f]{32}"), hashed);
        assertEquals(hashed, Practitioners.id("dr_house"));
        assertFalse(hashed.equals(Practitioners.id("dr_housf")));
        assertTrue(Practitioners.id("x".repeat(65)).startsWith("u-"), "longer than a FHIR id");
        assertEquals("Practitioner/dr.house", Practitioners.reference("dr.house", "Dr House").getReference());
    }

    @Test
    void aServicesFieldErrorsAreNamedByTheElementsTheyCameFrom() {
        InvalidInputException refused = new InvalidInputException(List.of(new FieldError("code", "is not listed"),
                new FieldError("other", "is wrong")));
        assertEquals("Bundle.entry[2].resource.code.coding: is not listed; Bundle.entry[2].resource.other: is wrong",
                Fhir.refusal("Bundle.entry[2].resource", refused, Map.of("code", "code.coding")).getMessage());
    }
}
