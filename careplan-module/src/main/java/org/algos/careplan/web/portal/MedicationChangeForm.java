package org.algos.careplan.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.algos.careplan.medication.Benzodiazepine;
import org.algos.careplan.medication.Medications;
import org.algos.careplan.medication.OpioidConversion;
import org.algos.domain.port.DrugNames;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.ChartShell;
import org.algos.web.kit.portal.Messages;

/**
 * The medications section's add and stop fields. Not a chart section of its own: after a change
 * it has {@link MedicationsBean} read the list again, which tells the sections depending on it.
 */
@Named
@ViewScoped
public class MedicationChangeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_LABELS = Map.of("drug", "Drug", "doseMg", "Dose (mg)",
            "dosesPerDay", "Doses per day", "mcgPerHour", "Patch (mcg/h)", "startedOn", "Started",
            "stoppedOn", "Last day taken", "medications[0].doseMg", "Dose (mg)",
            "medications[0].dosesPerDay", "Doses per day", "medications[0].mcgPerHour", "Patch (mcg/h)");

    static final List<String> ROUTES = List.of("oral", "transdermal", "sublingual", "intravenous", "subcutaneous",
            "intramuscular", "other");

    @Inject
    private MedicationsBean section;

    @Inject
    private Medications medications;

    @Inject
    private ChartShell chart;

    @Inject
    private Clock clock;

    @Inject
    @Any
    private Instance<DrugNames> drugNames;

    private String drug;
    private Double doseMg;
    private Double dosesPerDay;
    private Double mcgPerHour;
    private String route;
    private String indication;
    private LocalDate startedOn;
    private Long stopId;
    private LocalDate stopOn;

    @PostConstruct
    void init() {
        startedOn = today();
        stopOn = today();
    }

    public void add() {
        Long patientId = patientId();
        boolean added = ChartSection.attempt(() -> medications.add(patientId, new Medications.Entry(drug, doseMg,
                route, dosesPerDay, mcgPerHour, indication, startedOn == null ? null : startedOn.toString(), null)),
                FIELD_LABELS);
        if (added) {
            Messages.info(drug.strip().toLowerCase(Locale.ROOT) + " added to the medication list.");
            drug = null;
            doseMg = null;
            dosesPerDay = null;
            mcgPerHour = null;
            route = null;
            indication = null;
            startedOn = today();
            section.listChanged();
        }
    }

    /** Stops the chosen medication; a change by someone else meanwhile is refused and the choice kept. */
    public void stop() {
        Long patientId = patientId();
        MedicationsBean.Row chosen = section.getRows().stream().filter(r -> stopId != null && r.id() == stopId)
                .findFirst().orElse(null);
        if (chosen == null) {
            Messages.error("Medication to stop: choose one of the current medications.");
            return;
        }
        boolean stopped = ChartSection.attempt(() -> medications.stop(patientId, chosen.id(), chosen.version(),
                stopOn == null ? null : stopOn.toString()), FIELD_LABELS);
        if (stopped) {
            Messages.info(chosen.drug() + " stopped; last day taken " + stopOn + ". It counts towards the MME of"
                    + " that day and no longer after it.");
            stopId = null;
            stopOn = today();
            section.listChanged();
        }
    }

    /** Names for the drug field: the opioids of the MME table, the held drugs, the flagged benzodiazepines. */
    public List<String> completeDrug(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Set<String> names = new LinkedHashSet<>();
        for (OpioidConversion o : OpioidConversion.values()) {
            names.add(o.genericName());
        }
        drugNames.forEach(known -> names.addAll(known.names()));
        for (Benzodiazepine b : Benzodiazepine.values()) {
            names.add(b.genericName());
        }
        List<String> found = names.stream().filter(n -> n.contains(wanted)).sorted().limit(15).toList();
        return found.isEmpty() || found.contains(wanted) ? found
                : Stream.concat(Stream.of(wanted), found.stream()).toList();
    }

    private Long patientId() {
        return chart.getPatient() == null ? null : chart.getPatient().id();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<String> getRoutes() {
        return ROUTES;
    }

    public String getDrug() {
        return drug;
    }

    public void setDrug(String drug) {
        this.drug = drug;
    }

    public Double getDoseMg() {
        return doseMg;
    }

    public void setDoseMg(Double doseMg) {
        this.doseMg = doseMg;
    }

    public Double getDosesPerDay() {
        return dosesPerDay;
    }

    public void setDosesPerDay(Double dosesPerDay) {
        this.dosesPerDay = dosesPerDay;
    }

    public Double getMcgPerHour() {
        return mcgPerHour;
    }

    public void setMcgPerHour(Double mcgPerHour) {
        this.mcgPerHour = mcgPerHour;
    }

    public String getRoute() {
        return route;
    }

    public void setRoute(String route) {
        this.route = route;
    }

    public String getIndication() {
        return indication;
    }

    public void setIndication(String indication) {
        this.indication = indication;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public Long getStopId() {
        return stopId;
    }

    public void setStopId(Long stopId) {
        this.stopId = stopId;
    }

    public LocalDate getStopOn() {
        return stopOn;
    }

    public void setStopOn(LocalDate stopOn) {
        this.stopOn = stopOn;
    }
}
