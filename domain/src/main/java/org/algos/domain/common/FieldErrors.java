package org.algos.domain.common;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.algos.domain.value.PainScore;

/** Collects field errors while input is parsed, so that one answer names every problem. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** A required, trimmed text no longer than {@code maxLength}; null when it is missing or too long. */
    public String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
            return null;
        }
        return trimmed;
    }

    /** An optional, trimmed text no longer than {@code maxLength}; null when it is blank or too long. */
    public String optionalText(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : requiredText(field, value, maxLength);
    }

    /**
     * The earliest date any field takes: before the birth of any living patient (birth dates are
     * narrowed to 130 years by {@code PatientDetails}), so year 0000 or 0201 is a slip, not a date.
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1850, 1, 1);

    /** How far ahead a date may lie: a booking, a due date or a target is not set further out. */
    public static final int YEARS_AHEAD = 2;

    /**
     * A required ISO-8601 calendar date (YYYY-MM-DD) between {@link #EARLIEST_DATE} and
     * {@link #YEARS_AHEAD} years from today; a service narrows it further where the field says
     * (no birth date in the future, say).
     */
    public LocalDate requiredDate(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            add(field, "must be a date in the form YYYY-MM-DD");
            return null;
        }
        LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusYears(YEARS_AHEAD);
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(latest)) {
            add(field, "must be between " + EARLIEST_DATE + " and " + latest);
            return null;
        }
        return date;
    }

    /** A required value from a closed list, matched by its lower-case code. */
    public <E extends Enum<E>> E requiredCode(String field, String value, Class<E> type, Function<E, String> code) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return null;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            String c = code.apply(constant);
            if (c.equals(wanted)) {
                return constant;
            }
            allowed.add(c);
        }
        add(field, "must be one of " + String.join(", ", allowed));
        return null;
    }

    /** A required pain score on the 0–10 numeric rating scale; null when missing or out of range. */
    public PainScore requiredPainScore(String field, Integer value) {
        if (value == null) {
            add(field, "is required");
            return null;
        }
        if (value < PainScore.MIN || value > PainScore.MAX) {
            add(field, "must be between " + PainScore.MIN + " and " + PainScore.MAX);
            return null;
        }
        return PainScore.of(value);
    }

    /** An optional pain score: null when not given, as {@link #requiredPainScore} otherwise. */
    public PainScore optionalPainScore(String field, Integer value) {
        return value == null ? null : requiredPainScore(field, value);
    }

    /** Throws when anything was collected. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
