package org.algos.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.common.Page;
import org.algos.domain.review.BreakGlassReview;
import org.algos.domain.review.BreakGlassReviews;
import org.algos.domain.review.GrantReviewDetail;
import org.algos.domain.review.GrantSummary;
import org.algos.domain.review.GrantUnderReview;
import org.algos.domain.review.ReviewVerdict;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.Shown;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The auditor's break-glass review: the grants not reviewed yet, oldest first, one grant with the
 * events under it, and the verdict on it.
 */
@Named
@ViewScoped
public class BreakGlassReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> LABELS = Map.of("verdict", "Verdict", "note", "Note");

    /** A grant as a row of the queue and as the head of its detail; times in UTC as shown. */
    public record Row(long grantId, String who, String role, String grantedAt, String expiresAt, String reason,
                      String writeReason, long patientId, String patient, String mrn, long eventCount,
                      String reviewDue, boolean overdue) implements Serializable {

        static Row of(GrantUnderReview g) {
            GrantSummary s = g.grant();
            return new Row(s.grantId(), s.displayName() + " (" + s.username() + ")", s.role().code(),
                    Shown.dateTime(s.grantedAt()), Shown.dateTime(s.expiresAt()), s.reason(), s.writeReason(),
                    s.patientId(), s.patientName(), s.mrn(), g.eventCount(), Shown.dateTime(g.reviewDue()),
                    g.overdue());
        }
    }

    /** An event under the chosen grant. */
    public record EventRow(long id, String occurredAt, String action, String resource, String outcome,
                           String purpose, String detail) implements Serializable {

        static EventRow of(AuditEvent e) {
            return new EventRow(e.id(), Shown.dateTime(e.occurredAt()), e.action().name(), e.resource(),
                    e.outcome().name(), e.purpose(), e.detail());
        }
    }

    /** A verdict as the form offers it. */
    public record Choice(String code, String label) implements Serializable {
    }

    @Inject
    private BreakGlassReviews reviews;

    private Row chosen;
    private List<EventRow> events = List.of();
    private boolean eventsCut;
    private String recorded;
    private String verdict;
    private String note;

    private final LazyDataModel<Row> queue = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, reviews.openCount());
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Page<GrantUnderReview> page = reviews.queue(first / pageSize, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items().stream().map(Row::of).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.grantId());
        }
    };

    /** Shows one grant with the events under it, and its review if it has one. */
    public void open(long grantId) {
        ChartSection.attempt(() -> show(reviews.detail(grantId)));
    }

    /** Records the verdict on the grant shown; it then leaves the queue. */
    public void record() {
        if (chosen == null) {
            return;
        }
        long grantId = chosen.grantId();
        if (ChartSection.attempt(() -> reviews.review(grantId, verdict, note), LABELS)) {
            Messages.info("Break-glass grant " + grantId + " is reviewed: " + wordsOf(verdict) + ".");
            verdict = null;
            note = null;
            open(grantId);
        }
    }

    private void show(GrantReviewDetail detail) {
        chosen = Row.of(detail.grant());
        events = detail.events().stream().map(EventRow::of).toList();
        eventsCut = detail.eventsCut();
        BreakGlassReview review = detail.review();
        recorded = review == null ? null : review.verdict().words() + ", by " + review.reviewedBy() + " on "
                + Shown.dateTime(review.reviewedAt()) + " UTC" + (review.note() == null ? "" : ": " + review.note());
    }

    private static String wordsOf(String code) {
        for (ReviewVerdict v : ReviewVerdict.values()) {
            if (v.code().equals(code)) {
                return v.words();
            }
        }
        return code;
    }

    public List<Choice> getVerdicts() {
        return List.of(new Choice(ReviewVerdict.JUSTIFIED.code(), "Justified"),
                new Choice(ReviewVerdict.NOT_JUSTIFIED.code(), "Not justified"));
    }

    public int getReviewHours() {
        return reviews.reviewHours();
    }

    public LazyDataModel<Row> getQueue() {
        return queue;
    }

    public Row getChosen() {
        return chosen;
    }

    public List<EventRow> getEvents() {
        return events;
    }

    public boolean isEventsCut() {
        return eventsCut;
    }

    /** The review in words once there is one: verdict, who, when, note. */
    public String getRecorded() {
        return recorded;
    }

    public String getVerdict() {
        return verdict;
    }

    public void setVerdict(String verdict) {
        this.verdict = verdict;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
