package org.algos.intervention.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.algos.domain.port.BaselineFacts;
import org.junit.jupiter.api.Test;

/** The export's lines: what a registry receives, and what it must never receive. */
class OutcomeCsvTest {

    private static final LocalDate DONE = LocalDate.of(2026, 2, 10);

    private static OutcomeExport.Done ablation(long patientId, LocalDate born) {
        return new OutcomeExport.Done(10 + patientId, patientId, "RFA_LUMBAR", "right", "L4-L5,L5-S1", DONE, "female",
                born, 7, new BaselineFacts.Baseline(34, 12, "moderate", 90.0, "90plus"));
    }

    private static List<String> fields(String line) {
        assertEquals("\r\n", line.substring(line.length() - 2), "RFC 4180 lines end in CRLF");
        return Arrays.asList(line.substring(0, line.length() - 2).split(",", -1));
    }

    @Test
    void aFollowedUpPointCarriesTheOutcomeAndTheBaselineButNoDate() {
        OutcomeCsv csv = OutcomeCsv.withKey("k".repeat(32).getBytes(StandardCharsets.US_ASCII));
        // 7 → 3 at 92 days: 57.1 % less pain; ODI 40 → 22, past its MCID.
        String line = csv.line(new OutcomeExport.Line(ablation(1, LocalDate.of(1961, 2, 11)), FollowUpPoint.THREE_MONTHS,
                new RegistryFigures.Measured(11, 92, 3, true, "ODI", 22.0, 40.0)));

        List<String> f = fields(line);
        assertEquals(OutcomeCsv.COLUMNS.size(), f.size());
        assertEquals(csv.pseudonym(1), f.get(0));
        assertEquals(16, f.get(0).length());
        assertEquals(List.of("female", "60-64", "RFA_LUMBAR", "FACET_RFA", "right", "L4-L5;L5-S1", "3m", "yes", "3.0",
                "7", "3", "57.1", "yes", "yes", "ODI", "40", "22", "yes", "34", "12", "moderate", "90", "90plus"),
                f.subList(1, f.size()), "64 the day before the 65th birthday");
        assertFalse(line.contains("2026") || line.contains("1961"), "no date of any kind: " + line);
    }

    @Test
    void aMissedPointIsALineWithoutOutcome() {
        OutcomeCsv csv = OutcomeCsv.newExport();
        List<String> f = fields(csv.line(new OutcomeExport.Line(ablation(2, LocalDate.of(1990, 1, 1)),
                FollowUpPoint.SIX_MONTHS, null)));
        assertEquals(List.of("6m", "no", "", "7", "", "", "", "", "", "", "", ""), f.subList(7, 19));
        assertEquals("34", f.get(19), "the baseline is known all the same");
    }

    @Test
    void pseudonymsHoldWithinAnExportAndDifferBetweenExports() {
        OutcomeCsv one = OutcomeCsv.newExport();
        OutcomeCsv other = OutcomeCsv.newExport();
        assertEquals(one.pseudonym(42), one.pseudonym(42));
        assertNotEquals(one.pseudonym(42), one.pseudonym(43));
        assertNotEquals(one.pseudonym(42), other.pseudonym(42), "two exports cannot be linked");
    }

    @Test
    void agesFallInFiveYearBandsAndNinetyAndOverTogether() {
        assertEquals("40-44", OutcomeCsv.ageBand(44));
        assertEquals("45-49", OutcomeCsv.ageBand(45));
        assertEquals("85-89", OutcomeCsv.ageBand(89));
        assertEquals("90+", OutcomeCsv.ageBand(90));
        assertEquals("90+", OutcomeCsv.ageBand(103));
        assertEquals("0-4", OutcomeCsv.ageBand(0));
    }

    @Test
    void aFieldWithACommaOrAQuoteIsQuoted() {
        assertEquals("\"a,b\"", OutcomeCsv.field("a,b"));
        assertEquals("\"say \"\"no\"\"\"", OutcomeCsv.field("say \"no\""));
        assertEquals("", OutcomeCsv.field(null));
        assertEquals("plain", OutcomeCsv.field("plain"));
    }

    @Test
    void theHeaderNamesEveryColumnOnce() {
        String header = OutcomeCsv.newExport().header();
        assertEquals(OutcomeCsv.COLUMNS, fields(header));
        assertEquals(OutcomeCsv.COLUMNS.size(), OutcomeCsv.COLUMNS.stream().distinct().count());
    }
}
