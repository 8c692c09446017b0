package org.algos.careplan.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.algos.careplan.education.ClinicText;
import org.algos.careplan.education.EducationCatalogue;
import org.algos.careplan.education.EducationLibrary;
import org.algos.careplan.education.EducationTopic;
import org.algos.careplan.education.TextDraft;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PagedRows;
import org.algos.web.kit.portal.PortalUser;
import org.algos.web.kit.portal.Shown;

/**
 * The education texts page: the clinic's own texts paged in the database, written and changed
 * while drafts, approved by a clinician other than the author, withdrawn; a preview of any of
 * them as the patient will see it; and the shipped texts, which change only with a release.
 */
@Named
@ViewScoped
public class EducationTextsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> LABELS = Map.of("code", "Code", "title", "Title", "summary", "Summary",
            "minutes", "Minutes to read", "markdown", "Text");

    /** One of the clinic's texts as the table shows it. */
    public record Row(String code, String title, String status, String writtenBy, String changedAt, String approvedBy,
                      long version, boolean draft, boolean withdrawn) implements Serializable {

        static Row of(ClinicText t) {
            return new Row(t.code(), t.title(), t.status().code(), t.writtenBy(), Shown.dateTime(t.changedAt()),
                    t.approvedBy() == null ? "" : t.approvedBy() + ", " + Shown.dateTime(t.approvedAt()),
                    t.version(), t.isDraft(), t.withdrawnBy() != null);
        }
    }

    /** A text as the patient will read it. */
    public record Preview(String title, String summary, int minutes, String html) implements Serializable {
    }

    @Inject
    private EducationLibrary library;

    @Inject
    private PortalUser user;

    private final PagedRows<Row> rows = PagedRows.of((page, size) -> library.clinicTexts(page, size).map(Row::of),
            Row::code);

    private Preview preview;
    /** The draft being changed, or null while a new text is written. */
    private String editing;
    private long editingVersion;
    private String code;
    private String title;
    private String summary;
    private Integer minutes;
    private String markdown;

    public PagedRows<Row> getRows() {
        return rows;
    }

    public void show(String textCode) {
        ChartSection.attempt(() -> {
            EducationTopic t = library.clinicTextOrThrow(textCode).topic();
            preview = new Preview(t.title(), t.summary(), t.minutes(), t.html());
        });
    }

    public void showShipped(String textCode) {
        EducationCatalogue.find(textCode).ifPresent(t -> preview = new Preview(t.title(), t.summary(), t.minutes(),
                t.html()));
    }

    /** Loads a draft into the form. */
    public void edit(String textCode) {
        ChartSection.attempt(() -> {
            ClinicText t = library.clinicTextOrThrow(textCode);
            editing = t.code();
            editingVersion = t.version();
            code = t.code();
            title = t.title();
            summary = t.summary();
            minutes = t.minutes();
            markdown = t.markdown();
        });
    }

    /** Writes the new draft, or saves the changes of the one being edited. */
    public void save() {
        TextDraft draft = new TextDraft(editing == null ? code : editing, title, summary, minutes, markdown);
        boolean created = editing == null;
        if (ChartSection.attempt(() -> {
            ClinicText saved = created ? library.write(draft) : library.revise(editing, editingVersion, draft);
            preview = new Preview(saved.title(), saved.summary(), saved.minutes(), saved.topic().html());
        }, LABELS)) {
            Messages.info("\"" + title.strip() + "\" " + (created ? "written as a draft" : "saved")
                    + ": a clinician other than its author approves it before it can be given.");
            clear();
        }
    }

    /** Leaves the draft as it was and empties the form. */
    public void clear() {
        editing = null;
        code = null;
        title = null;
        summary = null;
        minutes = null;
        markdown = null;
    }

    public void approve(String textCode, long version) {
        if (ChartSection.attempt(() -> library.approve(textCode, version))) {
            Messages.info("Approved: the team can now give it to patients.");
        }
    }

    public void withdraw(String textCode, long version) {
        if (ChartSection.attempt(() -> library.withdraw(textCode, version))) {
            Messages.info("Withdrawn: it is no longer given; patients who have it can still read it.");
            if (textCode.equals(editing)) {
                clear();
            }
        }
    }

    /** Clinicians approve; an administrator writes and withdraws but does not approve. */
    public boolean mayApprove(Row row) {
        return row.draft() && user.isClinician() && !row.writtenBy().equals(user.getCaller().username());
    }

    public List<EducationTopic> getShipped() {
        return EducationCatalogue.all();
    }

    public Preview getPreview() {
        return preview;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }
}
