package org.algos.web.fhir.bulk;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.algos.domain.common.FieldErrors;

/**
 * What a kick-off asks for, checked (Bulk Data Access IG 2.0.0, "Query Parameters"): the output
 * format (NDJSON only), the resource types ({@code _type}, default all the server exports) and the
 * time of the last export ({@code _since}, an instant with its offset). Parameters the server does
 * not support are refused by name rather than ignored, so the warehouse never receives less than
 * it believes it asked for.
 *
 * @param types the types to export, in the order of {@link #EXPORTED}
 * @param since in UTC; null for everything
 */
public record BulkExportRequest(List<String> types, LocalDateTime since) {

    /** Every type a patient's record is exported as, in the order of the manifest. */
    public static final List<String> EXPORTED = List.of("Patient", "CareTeam", "Condition", "QuestionnaireResponse",
            "Observation", "Procedure", "ServiceRequest", "MedicationRequest", "CarePlan", "Goal", "Communication",
            "DocumentReference");

    /** The format names the IG says a server accepts for NDJSON. */
    private static final Set<String> NDJSON = Set.of("application/fhir+ndjson", "application/ndjson", "ndjson");

    private static final List<String> UNSUPPORTED = List.of("_elements", "_typeFilter", "includeAssociatedData",
            "patient", "organizeOutputBy", "allowPartialManifests");

    /**
     * @param outputFormat {@code _outputFormat}, or null
     * @param types each {@code _type} value (each may list several, comma-separated), or empty
     * @param since {@code _since}, or null
     * @param others the names of the other parameters the request carries
     * @param now the server's time, which {@code _since} may not be after
     */
    public static BulkExportRequest of(String outputFormat, List<String> types, String since, Set<String> others,
                                       Instant now) {
        FieldErrors errors = new FieldErrors();
        if (outputFormat != null && !NDJSON.contains(outputFormat.strip().toLowerCase(Locale.ROOT))) {
            errors.add("_outputFormat", "must be application/fhir+ndjson (the only format this server writes), not '"
                    + outputFormat + "'");
        }
        Set<String> asked = new LinkedHashSet<>();
        for (String value : types) {
            for (String type : value.split(",")) {
                String name = type.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (EXPORTED.contains(name)) {
                    asked.add(name);
                } else {
                    errors.add("_type", "'" + name + "' is not a resource type this server exports; it exports "
                            + String.join(", ", EXPORTED));
                }
            }
        }
        // An unencoded '+' of an offset arrives as a space.
        LocalDateTime from = since == null ? null : since(errors, since.strip().replace(' ', '+'), now);
        for (String name : UNSUPPORTED) {
            if (others.contains(name)) {
                errors.add(name, "is not supported by this server; leave it out");
            }
        }
        errors.throwIfAny();
        List<String> chosen = new ArrayList<>(EXPORTED);
        if (!asked.isEmpty()) {
            chosen.retainAll(asked);
        }
        return new BulkExportRequest(List.copyOf(chosen), from);
    }

    private static LocalDateTime since(FieldErrors errors, String value, Instant now) {
        try {
            Instant instant = OffsetDateTime.parse(value).toInstant();
            if (instant.isAfter(now)) {
                errors.add("_since", "is in the future (" + value + ")");
                return null;
            }
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.add("_since", "must be a FHIR instant with its time zone, e.g. 2026-01-31T08:00:00Z, not '"
                    + value + "'");
            return null;
        }
    }
}
