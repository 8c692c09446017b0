package org.algos.intervention.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.value.SpinalSegment;
import org.algos.intervention.catalogue.Procedure;

/** The spinal levels a booking names, checked against the procedure's region. */
final class ProcedureLevels {

    private ProcedureLevels() {
    }

    /** Levels as segments of the procedure's spine region, required where the procedure needs them. */
    static List<String> checked(Procedure procedure, List<String> levels) {
        FieldErrors errors = new FieldErrors();
        List<String> checked = new ArrayList<>();
        if (procedure.needsLevels() && (levels == null || levels.isEmpty())) {
            errors.add("levels", "name the levels, e.g. L4-L5");
        }
        for (String level : levels == null ? List.<String>of() : levels) {
            try {
                SpinalSegment segment = SpinalSegment.parse(level == null ? null : level.strip().toUpperCase(Locale.ROOT));
                if (procedure.spineRegion().isPresent()
                        && procedure.spineRegion().get().isLumbosacral() != segment.region().isLumbosacral()) {
                    errors.add("levels", segment + " is not in the region of " + procedure.displayName());
                } else {
                    checked.add(segment.toString());
                }
            } catch (IllegalArgumentException e) {
                errors.add("levels", e.getMessage());
            }
        }
        errors.throwIfAny();
        return checked;
    }
}
