package org.algos.careplan.web.portal;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.algos.careplan.plan.CarePlanGoal;
import org.algos.careplan.plan.GoalProgressNote;
import org.algos.careplan.plan.GoalStatus;
import org.algos.web.kit.portal.Shown;

/**
 * A goal of the care-plan editor with the status change and progress note being entered for it.
 * The version is the one read, so a save after someone else's is refused and the input stays.
 */
public final class GoalRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final String description;
    private final String measure;
    private final String targetValue;
    private final String targetDate;
    private final GoalStatus current;
    private final String status;
    private final List<String> progress;
    private String newStatus;
    private String note;

    GoalRow(CarePlanGoal g, List<GoalProgressNote> notes) {
        id = g.id();
        version = g.version();
        description = g.description();
        measure = g.measure();
        targetValue = g.targetValue();
        targetDate = Shown.date(g.targetDate());
        current = g.status();
        status = current.code();
        progress = notes.stream().map(n -> Shown.date(n.notedOn()) + " · " + n.note() + " (" + n.author() + ")")
                .toList();
        newStatus = status;
    }

    long version() {
        return version;
    }

    /** The statuses this goal may move to, its own first. */
    public List<String> getStatusChoices() {
        return Arrays.stream(GoalStatus.values()).filter(current::canBecome).map(GoalStatus::code).toList();
    }

    public long getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public String getMeasure() {
        return measure;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public String getTargetDate() {
        return targetDate;
    }

    public String getStatus() {
        return status;
    }

    public List<String> getProgress() {
        return progress;
    }

    public String getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(String newStatus) {
        this.newStatus = newStatus;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
