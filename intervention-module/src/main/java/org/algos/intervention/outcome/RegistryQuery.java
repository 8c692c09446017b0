package org.algos.intervention.outcome;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.algos.domain.common.FieldErrors;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.catalogue.ProcedureFamily;

/**
 * What a registry question names: a procedure or a family of procedures, the range of procedure
 * dates, and the follow-up point (3, 6 or 12 months). Checked as a whole, naming each field that
 * is wrong.
 */
public record RegistryQuery(String name, List<Procedure> procedures, LocalDate from, LocalDate to,
                            FollowUpPoint point) implements Serializable {

    /** A registry question covers at most this many years of procedures. */
    static final int MAX_YEARS = 10;

    public static RegistryQuery parse(String procedure, String from, String to, String months) {
        return parse(procedure, from, to, months, true);
    }

    /** A question about every follow-up point (the export): no {@code months}, the point is null. */
    public static RegistryQuery parseRange(String procedure, String from, String to) {
        return parse(procedure, from, to, null, false);
    }

    private static RegistryQuery parse(String procedure, String from, String to, String months, boolean atAPoint) {
        FieldErrors errors = new FieldErrors();
        List<Procedure> procedures = List.of();
        String name = procedure == null ? "" : procedure.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (name.isEmpty()) {
            errors.add("procedure", "is required: a procedure code or a family");
        } else if (Procedure.fromCode(name).isPresent()) {
            procedures = List.of(Procedure.fromCode(name).get());
        } else if (Arrays.stream(ProcedureFamily.values()).anyMatch(f -> f.name().equals(name))) {
            ProcedureFamily family = ProcedureFamily.valueOf(name);
            procedures = Arrays.stream(Procedure.values()).filter(p -> p.family() == family).toList();
        } else {
            errors.add("procedure", "is neither a procedure code nor one of the families "
                    + Arrays.toString(ProcedureFamily.values()));
        }
        LocalDate start = errors.requiredDate("from", from);
        LocalDate end = errors.requiredDate("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("to", "must not be before from");
        } else if (start != null && end != null && end.isAfter(start.plusYears(MAX_YEARS))) {
            errors.add("to", "must be within " + MAX_YEARS + " years of from");
        }
        FollowUpPoint point = null;
        if (atAPoint && (months == null || !months.strip().matches("3|6|12"))) {
            errors.add("months", "must be 3, 6 or 12");
        } else if (atAPoint) {
            point = FollowUpPoint.ofMonths(Integer.parseInt(months.strip())).orElseThrow();
        }
        errors.throwIfAny();
        return new RegistryQuery(name, procedures, start, end, point);
    }

    List<String> codes() {
        return procedures.stream().map(Procedure::code).toList();
    }
}
