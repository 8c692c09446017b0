package org.algos.careplan.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.algos.careplan.plan.CarePlanTask;
import org.algos.careplan.plan.TaskStatus;
import org.algos.careplan.plan.TeamTasks;
import org.algos.domain.common.Page;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PortalUser;
import org.algos.web.kit.portal.Shown;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * "My tasks" on the worklist: the open team tasks assigned to the signed-in clinician across their
 * patients, earliest due first, paged in the database; each is marked done from here.
 */
@Named
@ViewScoped
public class MyTasksBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One of my tasks as a row. */
    public record Row(long id, long version, long patientId, long planId, String patientName, String mrn,
                      String title, String dueDate, boolean overdue, String createdBy, boolean fromConference)
            implements Serializable {

        static Row of(TeamTasks.MyTask mine, LocalDate today) {
            CarePlanTask t = mine.task();
            return new Row(t.id(), t.version(), t.patientId(), t.carePlanId(), mine.patientName(), mine.mrn(),
                    t.title(), Shown.date(t.dueDate()), t.isOverdue(today), t.createdBy(),
                    t.caseConferenceId() != null);
        }
    }

    @Inject
    private TeamTasks tasks;

    @Inject
    private PortalUser user;

    @Inject
    private Clock clock;

    private final LazyDataModel<Row> open = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            AtomicLong total = new AtomicLong();
            return ChartSection.attempt(() -> total.set(tasks.countMine(TaskStatus.OPEN.code()))) ? total.intValue() : 0;
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            LocalDate today = LocalDate.now(clock);
            List<Row> rows = new ArrayList<>();
            boolean read = ChartSection.attempt(() -> {
                Page<TeamTasks.MyTask> page = tasks.mine(TaskStatus.OPEN.code(), first / pageSize, pageSize);
                setRowCount((int) page.total());
                page.items().forEach(t -> rows.add(Row.of(t, today)));
            });
            if (!read) {
                setRowCount(0);
            }
            return rows;
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }

        @Override
        public Row getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    };

    /** Marks the task done; a task changed meanwhile (done or reopened by someone else) is refused with a message. */
    public void markDone(Row row) {
        boolean done = ChartSection.attempt(() -> tasks.changeStatus(row.patientId(), row.planId(), row.id(),
                row.version(), TaskStatus.DONE.code()));
        if (done) {
            Messages.info("Done: " + row.title() + " (" + row.patientName() + ").");
        }
    }

    /** Team tasks are the clinicians' work. */
    public boolean isShown() {
        return user.isClinician();
    }

    public LazyDataModel<Row> getOpen() {
        return open;
    }
}
