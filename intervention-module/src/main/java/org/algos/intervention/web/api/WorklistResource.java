package org.algos.intervention.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.algos.domain.common.FieldErrors;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.procedure.Procedures;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The day's procedures of the caller's patients. */
@Path("worklist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

    /** One booked procedure of the day. */
    public record WorklistEntry(long procedureId, long patientId, String procedure, String name, String side,
                                List<String> levels, String status, List<String> checklistOpen) {
    }

    @Inject
    private Procedures procedures;

    @Inject
    private Clock clock;

    @GET
    @Operation(summary = "Procedures on a date (today by default) for patients on the caller's care teams")
    public List<WorklistEntry> day(@QueryParam("date") String date) {
        FieldErrors errors = new FieldErrors();
        LocalDate day = date == null || date.isBlank() ? LocalDate.now(clock) : errors.requiredDate("date", date);
        errors.throwIfAny();
        return procedures.worklist(day).stream().map(r -> new WorklistEntry(r.id(), r.patientId(), r.procedure(),
                Procedure.fromCode(r.procedure()).map(Procedure::displayName).orElse(r.procedure()),
                r.side() == null ? null : r.side().code(), r.levels(), r.status().code(), r.checklist().open()))
                .toList();
    }
}
