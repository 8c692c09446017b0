package org.algos.diagnosis.web.fhir;

import java.util.Map;
import java.util.Optional;
import org.algos.web.kit.fhir.Fhir;
import org.hl7.fhir.r4.model.Coding;

/**
 * The codes of each instrument's panel and total score. LOINC where a code was verified (the
 * clinical reference's list, checked against loinc.org, the SDC and US Core examples and the AHRQ
 * Pain Management Summary); an Algos code otherwise: NDI, PCS, DN4 and the BPI severity score have
 * no verified LOINC code.
 */
final class InstrumentCodes {

    static final String LOINC = "http://loinc.org";
    static final String ALGOS_SCORES = Fhir.ALGOS_CODES + "instrument-score";

    private record Codes(String panel, String total) {
    }

    private static final Map<String, Codes> LOINC_CODES = Map.of(
            "PHQ9", new Codes("44249-1", "44261-6"),
            "GAD7", new Codes("69737-5", "70274-6"),
            "ODI", new Codes("97908-8", "97909-6"),
            "ORT", new Codes("91393-9", "91392-1"),
            "STARTBACK", new Codes("91349-1", "91351-7"),
            "PEG", new Codes(null, "91147-9"));

    private InstrumentCodes() {
    }

    /** The panel's LOINC code, for Questionnaire.code; empty when none was verified. */
    static Optional<Coding> panel(String instrument) {
        Codes codes = LOINC_CODES.get(instrument);
        return codes == null || codes.panel() == null ? Optional.empty()
                : Optional.of(new Coding(LOINC, codes.panel(), null));
    }

    /** The total score's code: LOINC when verified, else the Algos code {@code <INSTRUMENT>-total}. */
    static Coding total(String instrument, String name) {
        Codes codes = LOINC_CODES.get(instrument);
        return codes != null && codes.total() != null ? new Coding(LOINC, codes.total(), name + " total score")
                : new Coding(ALGOS_SCORES, instrument + "-total", name + " total score");
    }
}
