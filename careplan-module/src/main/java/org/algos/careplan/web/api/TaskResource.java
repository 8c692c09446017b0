package org.algos.careplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.algos.careplan.plan.CarePlanTask;
import org.algos.careplan.plan.TeamTasks;
import org.algos.web.kit.api.PageView;
import org.algos.web.kit.api.QueryInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's own team tasks across the patients whose care team they are on. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    /** One of the caller's tasks with the patient it is for. */
    public record MyTaskView(long id, long patientId, String patientName, String mrn, long carePlanId,
                             Long caseConferenceId, String title, LocalDate dueDate, String status, boolean overdue,
                             String createdBy, long version) {
    }

    @Inject
    private TeamTasks tasks;

    @Inject
    private Clock clock;

    @GET
    @Operation(summary = "My tasks: status open (default) or done, earliest due first; paged (page from 0, size 1-100)")
    public PageView<MyTaskView> mine(@QueryParam("status") String status, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        QueryInput.PageRequest paging = QueryInput.page(page, size, 20);
        LocalDate today = LocalDate.now(clock);
        return PageView.of(tasks.mine(status, paging.page(), paging.size()).map(row -> {
            CarePlanTask t = row.task();
            return new MyTaskView(t.id(), t.patientId(), row.patientName(), row.mrn(), t.carePlanId(),
                    t.caseConferenceId(), t.title(), t.dueDate(), t.status().code(), t.isOverdue(today), t.createdBy(),
                    t.version());
        }));
    }
}
