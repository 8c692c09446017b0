package org.algos.diagnosis.instrument;

import java.util.List;
import java.util.Optional;

/** The instruments Algos scores, in the order the catalogue shows them. */
public final class InstrumentCatalogue {

    private static final List<Instrument> ALL = List.of(
            new BriefPainInventory(),
            new OswestryDisabilityIndex(),
            new NeckDisabilityIndex(),
            new Phq9(),
            new Gad7(),
            new PainCatastrophizingScale(),
            new Dn4(),
            new Peg(),
            new StartBack(),
            new OpioidRiskTool());

    private InstrumentCatalogue() {
    }

    public static List<Instrument> all() {
        return ALL;
    }

    /** Every instrument's code, in the catalogue's order. */
    public static List<String> codes() {
        return ALL.stream().map(Instrument::code).toList();
    }

    /** The instrument with this code, ignoring case and surrounding blanks; empty when unknown. */
    public static Optional<Instrument> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return ALL.stream().filter(instrument -> instrument.code().equalsIgnoreCase(wanted)).findFirst();
    }
}
