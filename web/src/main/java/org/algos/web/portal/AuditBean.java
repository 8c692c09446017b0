package org.algos.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.algos.domain.access.CallerContext;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.audit.AuditReview;
import org.algos.domain.audit.AuditVerification;
import org.algos.domain.common.Page;
import org.algos.web.kit.portal.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The auditor's page: events newest first, filtered by patient or to flagged ones, and the chain check. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

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

    private Long patientId;
    private boolean flaggedOnly;
    private AuditVerification verification;

    private final LazyDataModel<Row> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, review.count(patientId, flaggedOnly));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Page<AuditEvent> page = review.events(callers.current(), patientId, flaggedOnly, first / pageSize,
                    pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items().stream().map(Row::of).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }
    };

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
