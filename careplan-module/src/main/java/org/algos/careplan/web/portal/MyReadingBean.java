package org.algos.careplan.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.algos.careplan.education.EducationAssignment;
import org.algos.careplan.education.PatientEducation;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.OwnRecord;
import org.algos.web.kit.portal.Shown;

/** The reading the care team gave the patient: the list, and one text opened with "I have read this". */
@Named
@ViewScoped
public class MyReadingBean extends OwnRecord {

    private static final long serialVersionUID = 1L;

    /** A text in the list. */
    public record Row(long id, String title, String summary, int minutes, String givenBy, String givenOn,
                      String readOn) implements Serializable {

        static Row of(EducationAssignment a) {
            return new Row(a.id(), a.topic().title(), a.topic().summary(), a.topic().minutes(), a.assignedBy(),
                    Shown.date(a.assignedAt().toLocalDate()),
                    a.isRead() ? Shown.date(a.readAt().toLocalDate()) : null);
        }
    }

    @Inject
    private PatientEducation education;

    private Long patientId;
    private List<Row> rows = List.of();
    private Long item;
    private String title;
    private String note;
    private String html;
    private String readOn;

    @PostConstruct
    void init() {
        patientId = ownPatientId();
    }

    /** The list page. */
    public void loadList() {
        if (patientId != null) {
            ChartSection.attempt(() -> rows = education.list(patientId).stream().map(Row::of).toList());
        }
    }

    /** The reading page, for the text named by the view parameter {@code item}. */
    public void loadItem() {
        if (patientId == null) {
            return;
        }
        if (item == null) {
            Messages.error("No text was chosen.");
            return;
        }
        ChartSection.attempt(() -> show(education.open(patientId, item)));
    }

    public void markRead() {
        if (patientId != null && title != null) {
            if (ChartSection.attempt(() -> show(education.markRead(patientId, item)))) {
                Messages.info("Marked as read. Your care team can see that you have read it.");
            }
        }
    }

    private void show(EducationAssignment a) {
        title = a.topic().title();
        note = a.note();
        // Rendered from the shipped text with every character escaped (SafeMarkdown): safe to insert as HTML.
        html = a.topic().html();
        readOn = a.isRead() ? Shown.date(a.readAt().toLocalDate()) : null;
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getUnreadCount() {
        return rows.stream().filter(r -> r.readOn() == null).count();
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }

    public boolean isOpened() {
        return title != null;
    }

    public String getTitle() {
        return title;
    }

    public String getNote() {
        return note;
    }

    public String getHtml() {
        return html;
    }

    public String getReadOn() {
        return readOn;
    }

    public boolean isRead() {
        return readOn != null;
    }
}
