package org.algos.intervention.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.algos.domain.access.AccessDeniedException;
import org.algos.domain.patient.PatientRegistry;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.PatientRow;
import org.algos.web.kit.portal.PortalUser;
import org.algos.web.kit.portal.Shown;

/** Today's procedures of the patients on the caller's care teams, for physicians and nurses. */
@Named
@ViewScoped
public class ProcedureWorklistBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One procedure of the day; {@code openItems} names the checklist items still open. */
    public record Row(long procedureId, long patientId, String patientName, String procedure, String code,
                      String placement, String status, int openCount, String openItems) implements Serializable {
    }

    @Inject
    private Procedures procedures;

    @Inject
    private PatientRegistry patients;

    @Inject
    private PortalUser user;

    @Inject
    private Clock clock;

    private LocalDate day;
    private List<Row> rows = List.of();

    @PostConstruct
    void load() {
        day = LocalDate.now(clock);
        if (!user.isMaySchedule()) {
            return;
        }
        ChartSection.attempt(() -> {
            Map<Long, String> names = new HashMap<>();
            rows = procedures.worklist(day).stream().map(r -> row(r, names)).toList();
        });
    }

    private Row row(ProcedureRecord r, Map<Long, String> names) {
        String name = names.computeIfAbsent(r.patientId(), this::patientName);
        List<String> open = r.checklist().open();
        return new Row(r.id(), r.patientId(), name, ProcedureChoice.nameOf(r.procedure()), r.procedure(),
                ProcedureChoice.placement(r.side(), r.levels()), r.status().code(), open.size(),
                String.join("; ", open));
    }

    /** The patient's name; a record the caller may no longer open is named by its id. */
    private String patientName(long patientId) {
        try {
            return PatientRow.of(patients.open(patientId).patient()).name();
        } catch (AccessDeniedException e) {
            return "Patient " + patientId;
        }
    }

    public boolean isShown() {
        return user.isMaySchedule();
    }

    public String getDay() {
        return Shown.date(day);
    }

    public List<Row> getRows() {
        return rows;
    }
}
