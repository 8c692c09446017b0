package org.algos.careplan.plan;

import java.time.LocalDate;
import org.algos.domain.common.FieldErrors;

/**
 * Checks a team task as entered, on the plan or in a case conference: a title, an assignee and a
 * due date that has not passed. Whether the assignee is on the care team needs the database and is
 * checked by the service.
 */
public final class TaskInput {

    static final int MAX_TITLE = 200;

    /** A task as entered, before checking. */
    public record Entry(String title, String assignee, String dueDate) {
    }

    /** A task that passed the checks. */
    public record Checked(String title, String assignee, LocalDate dueDate) {
    }

    private TaskInput() {
    }

    /**
     * Adds what is wrong to {@code errors} under {@code prefix} + field name (e.g. "tasks[0].title")
     * and returns null; or returns the checked task.
     */
    public static Checked check(String prefix, Entry entry, LocalDate today, FieldErrors errors) {
        String title = errors.requiredText(prefix + "title", entry.title(), MAX_TITLE);
        String assignee = errors.requiredText(prefix + "assignee", entry.assignee(), 100);
        LocalDate due = errors.requiredDate(prefix + "dueDate", entry.dueDate());
        boolean past = due != null && due.isBefore(today);
        if (past) {
            errors.add(prefix + "dueDate", "cannot be in the past");
        }
        return title == null || assignee == null || due == null || past ? null : new Checked(title, assignee, due);
    }
}
