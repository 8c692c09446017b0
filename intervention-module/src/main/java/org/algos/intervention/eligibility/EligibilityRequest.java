package org.algos.intervention.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.value.Laterality;
import org.algos.intervention.catalogue.Procedure;

/**
 * A procedure the clinic wants to perform on a date. A procedure on a paired structure (facet
 * joints, a transforaminal epidural, the SI joint, a sympathetic chain) must say which side,
 * because the facet rules are judged per side. A request missing the procedure or date, or the
 * side such a procedure needs (midline is no side of a paired structure), is an
 * {@link InvalidInputException} naming the fields, not a rule refusal.
 */
public record EligibilityRequest(Procedure procedure, Laterality side, LocalDate date) {

    public EligibilityRequest {
        FieldErrors errors = new FieldErrors();
        if (procedure == null) {
            errors.add("procedure", "is required");
        }
        if (date == null) {
            errors.add("date", "is required");
        }
        if (procedure != null && procedure.needsSide()) {
            if (side == null) {
                errors.add("side", "is required for a " + procedure.displayName().toLowerCase(Locale.ROOT));
            } else if (side == Laterality.MIDLINE) {
                errors.add("side", "must be left, right or bilateral for a "
                        + procedure.displayName().toLowerCase(Locale.ROOT));
            }
        }
        errors.throwIfAny();
    }

    /**
     * A request from the query parameters of the eligibility API ({@code procedure}, {@code side},
     * {@code date} as YYYY-MM-DD), naming every wrong field at once.
     */
    public static EligibilityRequest parse(String procedureCode, String sideCode, String dateText) {
        FieldErrors errors = new FieldErrors();
        Procedure procedure = null;
        if (procedureCode == null || procedureCode.isBlank()) {
            errors.add("procedure", "is required");
        } else {
            procedure = Procedure.fromCode(procedureCode).orElse(null);
            if (procedure == null) {
                errors.add("procedure", Procedure.unknownCodeMessage());
            }
        }
        Laterality side = sideCode == null || sideCode.isBlank()
                ? null
                : errors.requiredCode("side", sideCode, Laterality.class, Laterality::code);
        LocalDate date = errors.requiredDate("date", dateText);
        errors.throwIfAny();
        return new EligibilityRequest(procedure, side, date);
    }

    /** The single sides the request treats: a bilateral request is judged for left and right apart. */
    public List<Laterality> eachSide() {
        if (side == null) {
            return List.of();
        }
        return side == Laterality.BILATERAL ? List.of(Laterality.LEFT, Laterality.RIGHT) : List.of(side);
    }
}
