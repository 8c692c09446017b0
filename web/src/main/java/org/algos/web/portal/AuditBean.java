package org.algos.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.algos.domain.access.CallerContext;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.audit.AuditFilter;
import org.algos.domain.audit.AuditReview;
import org.algos.domain.audit.AuditVerification;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.common.Page;
import org.algos.web.kit.portal.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The auditor's page: events newest first, filtered by user, patient, action, UTC days and the
 * review flag, and the chain check. The table reads with the filter last shown, so a mistyped
 * filter leaves the table as it was, with a message.
 */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FILTER_LABELS = Map.of("user", "User name", "to", "To (UTC)");

    /** An audit event as a table row. */
    public record Row(long id, LocalDateTime occurredAt, String username, String role, String action, Long patientId,
                      String resource, String outcome, String purpose, String detail, boolean flagged)
            implements Serializable {

        static Row of(AuditEvent e) {
            return new Row(e.id(), e.occurredAt(), e.username(), e.userRole(), e.action().name(), e.patientId(),
                    e.resource(), e.outcome().name(), e.purpose(), e.detail(), e.flagged());
        }
    }

    @Inject
    private AuditReview review;

    @Inject
    private CallerContext callers;

    private String user;
    private Long patientId;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private boolean flaggedOnly;
    private AuditFilter shown = AuditFilter.everything();
    private AuditVerification verification;

    private final LazyDataModel<Row> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, review.count(shown));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Page<AuditEvent> page = review.events(callers.current(), shown, first / pageSize, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items().stream().map(Row::of).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }
    };

    /** Shows the events of the filter as entered, or says what is wrong with it. */
    public void show() {
        AuditFilter asked = new AuditFilter(user, patientId, action, from, to, flaggedOnly);
        FieldErrors errors = new FieldErrors();
        asked.check(errors);
        try {
            errors.throwIfAny();
            shown = asked;
        } catch (InvalidInputException e) {
            Messages.report(e, FILTER_LABELS);
        }
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    public void verify() {
        verification = review.verify(callers.current(), false);
        if (verification.intact()) {
            Messages.info("Audit chain intact: " + verification.eventsChecked() + " events checked.");
        } else {
            Messages.error("Audit chain broken at event " + verification.firstBrokenEventId() + ": "
                    + verification.message());
        }
    }

    public LazyDataModel<Row> getEvents() {
        return events;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getPatientId() {
        return patientId;
    }

    public void setPatientId(Long patientId) {
        this.patientId = patientId;
    }

    public boolean isFlaggedOnly() {
        return flaggedOnly;
    }

    public void setFlaggedOnly(boolean flaggedOnly) {
        this.flaggedOnly = flaggedOnly;
    }

    public AuditVerification getVerification() {
        return verification;
    }
}
