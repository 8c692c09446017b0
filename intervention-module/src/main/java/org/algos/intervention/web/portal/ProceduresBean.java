package org.algos.intervention.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.intervention.procedure.FollowUp;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Shown;

/**
 * The chart's procedures: date, procedure, side and levels, status, immediate relief, the
 * override reason where a physician booked against a rule, and the relief at each follow-up;
 * with a chart of relief over time. Physicians and nurses schedule from here.
 */
@Named
@ViewScoped
public class ProceduresBean extends ChartSection {

    private static final long serialVersionUID = 1L;

    /** A procedure as a table row. */
    public record Row(long id, String date, String name, String code, String cptCodes, String placement,
                      String status, String relief, String overrideReason, String overriddenBy, String followUps)
            implements Serializable {
    }

    @Inject
    private Procedures procedures;

    private List<Row> rows = List.of();
    private String reliefChart;

    @Override
    public String sectionName() {
        return "procedures";
    }

    @Override
    public void read(AuthorizedPatient patient) {
        List<Row> read = new ArrayList<>();
        List<ReliefChart.Series> series = new ArrayList<>();
        for (Procedures.Listed listed : procedures.history(patient)) {
            ProcedureRecord r = listed.procedure();
            List<FollowUp> later = listed.followUps();
            String name = ProcedureChoice.nameOf(r.procedure());
            String placement = ProcedureChoice.placement(r.side(), r.levels());
            read.add(new Row(r.id(), Shown.date(r.date()), name, r.procedure(),
                    ProcedureChoice.find(r.procedure()).map(ProcedureChoice::cptCodes).orElse(""), placement,
                    r.status().code(), r.reliefPercent() == null ? "" : Shown.number(r.reliefPercent()) + " %",
                    r.overrideReason(), r.overriddenBy(),
                    later.stream().map(f -> Shown.date(f.followUpOn()) + ": " + f.reliefPercent() + " %")
                            .collect(Collectors.joining("; "))));
            Map<String, Double> relief = new LinkedHashMap<>();
            if (r.reliefPercent() != null) {
                relief.put(Shown.date(r.date()), r.reliefPercent());
            }
            for (FollowUp f : later) {
                // A follow-up on the day of the procedure keeps its own point beside the immediate relief.
                String day = Shown.date(f.followUpOn());
                relief.put(relief.containsKey(day) ? day + " (follow-up)" : day, (double) f.reliefPercent());
            }
            series.add(new ReliefChart.Series(Shown.date(r.date()) + " " + name
                    + ("—".equals(placement) ? "" : " (" + placement + ")"), relief));
        }
        rows = List.copyOf(read);
        reliefChart = ReliefChart.line(series);
    }

    /** Physicians and nurses schedule procedures. */
    public boolean isMaySchedule() {
        return user.isMaySchedule();
    }

    @Override
    protected String count(AuthorizedPatient patient) {
        return String.valueOf(procedures.count(patient));
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getReliefChart() {
        return reliefChart;
    }
}
