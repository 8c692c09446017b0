package org.algos.web.fhir.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The kick-off's parameters as the Bulk Data Access IG 2.0.0 defines them. */
class BulkExportRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    private static BulkExportRequest of(String format, List<String> types, String since, String... others) {
        return BulkExportRequest.of(format, types, since, Set.of(others), NOW);
    }

    private static List<String> refusedFields(Runnable kickOff) {
        InvalidInputException e = assertThrows(InvalidInputException.class, kickOff::run);
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void withoutParametersEveryTypeIsExportedWhateverItsAge() {
        BulkExportRequest request = of(null, List.of(), null);
        assertEquals(BulkExportRequest.EXPORTED, request.types());
        assertNull(request.since());
    }

    @Test
    void theTypesAskedForAreKeptInTheManifestsOrderOnceEach() {
        BulkExportRequest request = of("application/fhir+ndjson", List.of("Observation, Patient", "Condition",
                "Patient"), null);
        assertEquals(List.of("Patient", "Condition", "Observation"), request.types());
    }

    @Test
    void theThreeNamesOfNdjsonAreAcceptedAndNothingElse() {
        for (String format : List.of("application/fhir+ndjson", "application/ndjson", "ndjson")) {
            assertEquals(BulkExportRequest.EXPORTED, of(format, List.of(), null).types(), format);
        }
        assertEquals(List.of("_outputFormat"), refusedFields(() -> of("text/csv", List.of(), null)));
    }

    @Test
    void anUnknownTypeIsRefusedByNameRatherThanLeftOut() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> of(null, List.of("Patient,Encounter"), null));
        assertEquals("_type", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("'Encounter'"), e.errors().get(0).message());
    }

    @Test
    void sinceIsAnInstantWithItsOffsetReadInUtc() {
        assertEquals(LocalDateTime.of(2026, 11, 30, 23, 30), of(null, List.of(), "2026-12-01T00:30:00+01:00").since());
        assertEquals(LocalDateTime.of(2026, 12, 1, 8, 0), of(null, List.of(), "2026-12-01T08:00:00Z").since());
        // '+' unencoded in a query string arrives as a space
        assertEquals(LocalDateTime.of(2026, 11, 30, 23, 30), of(null, List.of(), "2026-12-01T00:30:00 01:00").since());
    }

    @Test
    void sinceWithoutOffsetOrInTheFutureIsRefused() {
        assertEquals(List.of("_since"), refusedFields(() -> of(null, List.of(), "2026-12-01")));
        assertEquals(List.of("_since"), refusedFields(() -> of(null, List.of(), "2026-12-01T08:00:00")));
        assertEquals(List.of("_since"), refusedFields(() -> of(null, List.of(), "2026-12-05T12:00:01Z")));
        // the present itself is allowed
        assertEquals(LocalDateTime.of(2026, 12, 5, 12, 0), of(null, List.of(), "2026-12-05T12:00:00Z").since());
    }

    @Test
    void unsupportedParametersAreRefusedAndEveryProblemIsNamedAtOnce() {
        assertEquals(List.of("_outputFormat", "_type", "_since", "_elements", "_typeFilter"),
                refusedFields(() -> of("csv", List.of("Nope"), "yesterday", "_elements", "_typeFilter", "_count")));
    }
}
