package org.algos.intervention.web.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.algos.domain.value.Laterality;
import org.algos.domain.value.SpinalLevel;
import org.algos.domain.value.SpineRegion;
import org.algos.intervention.catalogue.BleedingRisk;
import org.algos.intervention.catalogue.Procedure;

/**
 * A procedure of the catalogue as the portal offers it: name, CPT codes, bleeding-risk category,
 * and whether a booking names a side and spinal levels.
 */
public record ProcedureChoice(String code, String name, String cptCodes, String bleedingRisk, boolean needsSide,
                              boolean needsLevels) implements Serializable {

    /** Where the bleeding-risk category comes from, as its tooltip says. */
    public static final String BLEEDING_RISK_SOURCE = BleedingRisk.SOURCE;

    static ProcedureChoice of(Procedure p) {
        return new ProcedureChoice(p.code(), p.displayName(), String.join(", ", p.cptCodes()),
                p.bleedingRisk().name().toLowerCase(Locale.ROOT), p.needsSide(), p.needsLevels());
    }

    /** The whole catalogue, in its order. */
    static List<ProcedureChoice> all() {
        return Arrays.stream(Procedure.values()).map(ProcedureChoice::of).toList();
    }

    /** The catalogue entry with this code; empty for a code that is not (or no longer) in it. */
    static Optional<ProcedureChoice> find(String code) {
        return Procedure.fromCode(code).map(ProcedureChoice::of);
    }

    /** The name of a stored procedure code, or the code itself when the catalogue lacks it. */
    static String nameOf(String code) {
        return Procedure.fromCode(code).map(Procedure::displayName).orElse(code);
    }

    /** The label of the drop-down: name, CPT codes and bleeding risk. */
    public String label() {
        return name + " · CPT " + cptCodes + " · " + bleedingRisk + " bleeding risk";
    }

    /** Sides a procedure on a paired structure can treat; midline is no side of one. */
    static List<String> sides() {
        return List.of(Laterality.LEFT.code(), Laterality.RIGHT.code(), Laterality.BILATERAL.code());
    }

    /**
     * The motion segments offered for a procedure that names levels: C2-C3 to C7-T1 in the neck,
     * L1-L2 to L5-S1 in the lower back; none for other procedures.
     */
    static List<String> segments(String code) {
        Optional<Procedure> procedure = Procedure.fromCode(code);
        if (procedure.isEmpty() || !procedure.get().needsLevels() || procedure.get().spineRegion().isEmpty()) {
            return List.of();
        }
        SpineRegion region = procedure.get().spineRegion().get();
        SpinalLevel first = region.isLumbosacral() ? SpinalLevel.L1 : SpinalLevel.C2;
        SpinalLevel last = region.isLumbosacral() ? SpinalLevel.L5 : SpinalLevel.C7;
        SpinalLevel[] levels = SpinalLevel.values();
        List<String> segments = new ArrayList<>();
        for (int i = first.ordinal(); i <= last.ordinal(); i++) {
            segments.add(levels[i] + "-" + levels[i + 1]);
        }
        return List.copyOf(segments);
    }

    /** Side and levels as the tables show them, e.g. "left · L4-L5, L5-S1"; "—" when neither applies. */
    static String placement(Laterality side, List<String> levels) {
        List<String> parts = new ArrayList<>();
        if (side != null) {
            parts.add(side.code());
        }
        if (levels != null && !levels.isEmpty()) {
            parts.add(String.join(", ", levels));
        }
        return parts.isEmpty() ? "—" : String.join(" · ", parts);
    }
}
