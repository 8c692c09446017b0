package org.algos.careplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;

/** A dated note on a goal's progress, by the clinician who observed it. Never changed once written. */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "care_plan_goal_note")
public class GoalProgressNote {

    @Id
    @SequenceGenerator(name = "care_plan_goal_note_seq", sequenceName = "care_plan_goal_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_plan_goal_note_seq")
    private Long id;

    @Column(name = "goal_id", nullable = false)
    private long goalId;

    @Column(name = "care_plan_id", nullable = false)
    private long carePlanId;

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;

    @Column(nullable = false, length = 2000)
    private String note;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected GoalProgressNote() {
    }

    public GoalProgressNote(CarePlanGoal goal, LocalDate notedOn, String note, String author, LocalDateTime recordedAt) {
        this.goalId = goal.id();
        this.carePlanId = goal.carePlanId();
        this.notedOn = notedOn;
        this.note = note;
        this.author = author;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long goalId() {
        return goalId;
    }

    public LocalDate notedOn() {
        return notedOn;
    }

    public String note() {
        return note;
    }

    public String author() {
        return author;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
