package org.algos.careplan.education;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * An education text written by this clinic: a draft until a clinician approves it, then frozen so
 * that patients read exactly what was approved; withdrawn when it should no longer be given. To
 * change an approved text the clinic writes a new one and withdraws the old.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "education_text")
public class ClinicText {

    @Id
    @Column(length = 60)
    private String code;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 300)
    private String summary;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false, length = 20000)
    private String markdown;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClinicTextStatus status;

    @Column(name = "written_by", nullable = false, length = 100)
    private String writtenBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    @Version
    private long version;

    protected ClinicText() {
    }

    /** A new draft; {@code draft} has been checked ({@link TextDraft#checked}). */
    ClinicText(TextDraft draft, String by, LocalDateTime at) {
        this.code = draft.code();
        this.status = ClinicTextStatus.DRAFT;
        this.writtenBy = by;
        take(draft, at);
    }

    /**
     * A text as history recorded without a caller (the demo clinic), approved when {@code approvedBy}
     * is given; requests go through {@link EducationLibrary}, which also keeps codes and titles apart.
     */
    public static ClinicText recorded(TextDraft draft, String writtenBy, LocalDateTime writtenAt, String approvedBy,
                                      LocalDateTime approvedAt) {
        FieldErrors errors = new FieldErrors();
        TextDraft checked = draft.checked(errors);
        errors.throwIfAny();
        ClinicText text = new ClinicText(checked, writtenBy, writtenAt);
        if (approvedBy != null) {
            text.approve(approvedBy, approvedAt);
        }
        return text;
    }

    /** Changes the draft; an approved or withdrawn text stays as it was. */
    void revise(TextDraft draft, LocalDateTime at) {
        requireDraft("changed");
        take(draft, at);
    }

    /** A clinician approves the draft; not its author, so every text is read by a second person. */
    void approve(String by, LocalDateTime at) {
        requireDraft("approved");
        if (by.equals(writtenBy)) {
            throw new ConflictException("\"" + title + "\" was written by you: another clinician approves it.");
        }
        status = ClinicTextStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
        changedAt = at;
    }

    /** No longer given to patients; a draft is withdrawn too (discarded), keeping its code taken. */
    void withdraw(String by, LocalDateTime at) {
        if (status == ClinicTextStatus.WITHDRAWN) {
            throw new ConflictException("\"" + title + "\" was already withdrawn by " + withdrawnBy + ".");
        }
        status = ClinicTextStatus.WITHDRAWN;
        withdrawnBy = by;
        withdrawnAt = at;
        changedAt = at;
    }

    private void take(TextDraft draft, LocalDateTime at) {
        title = draft.title();
        summary = draft.summary();
        minutes = draft.minutes();
        markdown = draft.markdown();
        changedAt = at;
    }

    private void requireDraft(String verb) {
        if (status != ClinicTextStatus.DRAFT) {
            throw new ConflictException("\"" + title + "\" is " + status.code() + " and can no longer be " + verb
                    + "; write a new text instead.");
        }
    }

    /** The text as the team chooses it and the patient reads it. */
    public EducationTopic topic() {
        return new EducationTopic(code, title, summary, minutes, markdown, TextOrigin.CLINIC);
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public int minutes() {
        return minutes;
    }

    public String markdown() {
        return markdown;
    }

    public ClinicTextStatus status() {
        return status;
    }

    public boolean isDraft() {
        return status == ClinicTextStatus.DRAFT;
    }

    public String writtenBy() {
        return writtenBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public LocalDateTime approvedAt() {
        return approvedAt;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public LocalDateTime withdrawnAt() {
        return withdrawnAt;
    }

    public long version() {
        return version;
    }
}
