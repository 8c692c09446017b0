package org.algos.web.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.NewIds;
import org.algos.domain.user.Role;

/**
 * Stores the demo history in the caller's transaction, a stage at a time. The rows name each
 * other by id only, so the provider cannot order their inserts by the foreign keys: each stage
 * refers only to rows of earlier stages and is flushed before the next, one JDBC batch per
 * table, instead of a flush per row.
 */
final class DemoWriter {

    /** The order of insertion. */
    enum Stage {
        /** Rows that name only a patient or a user: assessments, procedures, plans, diary days. */
        RECORD,
        /** Rows that name a record: safety alerts, follow-ups, goals, modalities, conferences. */
        DETAIL,
        /** Rows that name a detail: goal progress notes, conference inputs, tasks. */
        NOTE
    }

    private final EntityManager em;
    private final LocalDate today;
    private final LocalDateTime now;
    private final Map<Stage, List<Object>> queued = new EnumMap<>(Stage.class);

    DemoWriter(EntityManager em, Clock clock) {
        this.em = em;
        this.now = Clocks.nowUtc(clock);
        this.today = now.toLocalDate();
        for (Stage stage : Stage.values()) {
            queued.put(stage, new ArrayList<>());
        }
    }

    LocalDate today() {
        return today;
    }

    LocalDateTime now() {
        return now;
    }

    /**
     * A time of day on {@code day} (UTC), never later than now: the history ends where the clinic's
     * day stands, so nothing is recorded in the future.
     */
    LocalDateTime at(LocalDate day, int hour, int minute) {
        LocalDateTime at = day.atTime(hour, minute);
        return at.isAfter(now) ? now : at;
    }

    /** The id the entity will be stored under, drawn as the services draw theirs, for rows that name it. */
    long id(Class<?> entity) {
        return NewIds.next(em, entity);
    }

    /** Queues the entity for its stage; returns it for the rows that refer to it. */
    <T> T add(Stage stage, T entity) {
        queued.get(stage).add(entity);
        return entity;
    }

    /** Inserts everything queued, stage by stage; returns the number of rows (entities) written. */
    int flush() {
        int written = 0;
        for (Stage stage : Stage.values()) {
            List<Object> rows = queued.get(stage);
            rows.forEach(em::persist);
            em.flush();
            written += rows.size();
            rows.clear();
        }
        return written;
    }

    /** The role of a demo account: a staff member's, or a patient's for the patients' own accounts. */
    static Role roleOf(String username) {
        return DemoData.STAFF.stream().filter(a -> a.username().equals(username)).map(DemoData.Account::role)
                .findFirst()
                .orElseGet(() -> {
                    if (DemoData.PATIENT_ACCOUNTS.stream().anyMatch(a -> a.username().equals(username))) {
                        return Role.PATIENT;
                    }
                    throw new IllegalArgumentException(username + " is not a demo account");
                });
    }
}
