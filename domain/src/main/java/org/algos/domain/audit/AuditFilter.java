package org.algos.domain.audit;

import java.io.Serializable;
import java.time.LocalDate;
import org.algos.domain.common.FieldErrors;

/**
 * Which events an auditor lists: by user name, patient, action and UTC days (from and to, both
 * included), or flagged for review only; a null or false part does not filter.
 */
public record AuditFilter(String username, Long patientId, AuditAction action, LocalDate from, LocalDate to,
                          boolean flaggedOnly) implements Serializable {

    /** The longest user name there is (the column's length). */
    public static final int MAX_USERNAME = 100;

    public AuditFilter {
        username = username == null || username.isBlank() ? null : username.strip();
    }

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, false);
    }

    /** The events of one patient (null for all), or the flagged ones only. */
    public static AuditFilter of(Long patientId, boolean flaggedOnly) {
        return new AuditFilter(null, patientId, null, null, null, flaggedOnly);
    }

    /** Whether nothing is filtered: the whole trail, which is paged by position. */
    public boolean isEverything() {
        return username == null && patientId == null && action == null && from == null && to == null && !flaggedOnly;
    }

    /** Adds what is wrong with the filter, by the names of the API's parameters. */
    public void check(FieldErrors errors) {
        if (username != null && username.length() > MAX_USERNAME) {
            errors.add("user", "must be at most " + MAX_USERNAME + " characters");
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to", "must not be before from (" + from + ")");
        }
    }

    /** The filter in the words of the auditor's audit event, e.g. "of patient 42, flagged only". */
    String described() {
        return (username == null ? "" : " of user " + username)
                + (patientId == null ? "" : " of patient " + patientId)
                + (action == null ? "" : ", action " + action)
                + (from == null ? "" : ", from " + from)
                + (to == null ? "" : ", to " + to)
                + (flaggedOnly ? ", flagged only" : "");
    }
}
