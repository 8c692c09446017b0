package org.algos.careplan.web.portal;

import org.algos.domain.access.AuthorizedPatient;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.Shown;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.algos.careplan.medication.Benzodiazepine;
import org.algos.careplan.medication.MedicationStatement;
import org.algos.careplan.medication.Medications;
import org.algos.careplan.medication.MmeCalculator;
import org.algos.careplan.medication.MmeItem;
import org.algos.careplan.medication.MmeResult;
import org.algos.careplan.medication.OpioidConversion;
import org.algos.careplan.medication.OpioidSafety;
import org.algos.careplan.medication.OpioidSafetyDates;
import org.algos.careplan.medication.OpioidSafetyReview;
import org.algos.domain.user.Role;
import org.algos.domain.port.DrugNames;
import org.algos.web.kit.portal.ChartChanged;

/**
 * The chart's medications: the list with each opioid's MME factor, today's MME total with its
 * level and the CDC 2022 advice, the benzodiazepine flag, and what the ASRA holds table says about
 * each anticoagulant or antiplatelet. Physicians and nurses add and stop medications.
 */
@Named
@ViewScoped
public class MedicationsBean extends ChartSection {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_LABELS = Map.of("drug", "Drug", "doseMg", "Dose (mg)",
            "dosesPerDay", "Doses per day", "mcgPerHour", "Patch (mcg/h)", "startedOn", "Started",
            "stoppedOn", "Last day taken", "medications[0].doseMg", "Dose (mg)",
            "medications[0].dosesPerDay", "Doses per day", "medications[0].mcgPerHour", "Patch (mcg/h)");

    private static final Map<String, String> SAFETY_LABELS = Map.of("agreementSignedOn", "Treatment agreement signed",
            "drugScreenOn", "Drug screen", "drugScreenResult", "Drug screen result", "pdmpCheckedOn", "PDMP checked",
            "naloxoneOfferedOn", "Naloxone offered");

    static final List<String> ROUTES = List.of("oral", "transdermal", "sublingual", "intravenous", "subcutaneous",
            "intramuscular", "other");

    /** A medication as a table row; {@code version} as read, for the stop. */
    public record Row(long id, long version, String drug, String dose, String route, String indication,
                      String started, String stopped, boolean active, String factor, String mme, String note,
                      boolean benzodiazepine) implements Serializable {
    }

    /** One opioid safety item as reviewed: recorded, missing or overdue, with what to do and its source. */
    public record SafetyRow(String code, String label, String recordedOn, String status, String message,
                            String source) implements Serializable {

        static SafetyRow of(OpioidSafetyReview.Item item) {
            return new SafetyRow(item.code(), item.label(), Shown.date(item.recordedOn()), item.status().code(),
                    item.message() == null ? "" : item.message(), item.source());
        }
    }

    /**
     * Today's MME as the section shows it: the guideline's advice for the level (empty below 50)
     * and, apart, the flag of a benzodiazepine listed with an opioid (empty without one).
     */
    public record Mme(String total, String level, String levelAdvice, String benzodiazepineFlag, String source)
            implements Serializable {
    }

    @Inject
    private Medications medications;

    @Inject
    private Clock clock;

    @Inject
    private Event<ChartChanged> changed;

    @Inject
    @Any
    private Instance<DrugNames> drugNames;

    @Inject
    private OpioidSafety opioidSafety;

    private final MmeCalculator calculator = new MmeCalculator();

    private List<Row> rows = List.of();
    private Mme mme;

    private String drug;
    private Double doseMg;
    private Double dosesPerDay;
    private Double mcgPerHour;
    private String route;
    private String indication;
    private LocalDate startedOn;
    private Long stopId;
    private LocalDate stopOn;

    private boolean safetyShown;
    private List<SafetyRow> safetyItems = List.of();
    private long safetyVersion;
    private String safetyUpdated;
    private LocalDate agreementSignedOn;
    private LocalDate drugScreenOn;
    private String drugScreenResult;
    private LocalDate pdmpCheckedOn;
    private LocalDate naloxoneOfferedOn;

    @PostConstruct
    void init() {
        startedOn = today();
        stopOn = today();
    }

    @Override
    public String sectionName() {
        return "medications";
    }

    @Override
    public void read(AuthorizedPatient patient) {
        List<MedicationStatement> list = medications.list(patient);
        LocalDate today = today();
        List<Row> read = new ArrayList<>();
        List<MedicationStatement> active = new ArrayList<>();
        for (MedicationStatement m : list) {
            boolean isActive = m.isActiveOn(today);
            if (isActive) {
                active.add(m);
            }
            read.add(row(m, isActive, calculator.calculate(List.of(m.dose())).items().get(0)));
        }
        rows = List.copyOf(read);
        MmeResult result = calculator.calculate(active.stream().map(MedicationStatement::dose).toList());
        String levelAdvice = result.level().advice().orElse("");
        mme = new Mme(Shown.number(result.totalMme()), result.level().code(), levelAdvice,
                result.advice().stream().filter(a -> !a.equals(levelAdvice)).findFirst().orElse(""), result.source());
        safetyShown = OpioidSafetyReview.applies(result.level());
        if (safetyShown) {
            showSafety(opioidSafety.read(patient));
        }
    }

    /** Puts the recorded dates in the form and the review beside them, discarding what was typed. */
    private void showSafety(OpioidSafety.Status status) {
        safetyItems = status.items().stream().map(SafetyRow::of).toList();
        safetyVersion = status.version();
        safetyUpdated = status.updatedBy() == null ? "" : Shown.dateTime(status.updatedAt()) + " by " + status.updatedBy();
        OpioidSafetyDates dates = status.dates();
        agreementSignedOn = dates.agreementSignedOn();
        drugScreenOn = dates.drugScreenOn();
        drugScreenResult = dates.drugScreenResult();
        pdmpCheckedOn = dates.pdmpCheckedOn();
        naloxoneOfferedOn = dates.naloxoneOfferedOn();
    }

    /** Saves the opioid safety dates; a save by someone else meanwhile is refused and the form keeps its input. */
    public void saveSafety() {
        Long patientId = patientId();
        OpioidSafety.Status[] saved = new OpioidSafety.Status[1];
        boolean ok = attempt(() -> saved[0] = opioidSafety.record(patientId, safetyVersion, new OpioidSafety.Entry(
                iso(agreementSignedOn), iso(drugScreenOn), drugScreenResult, iso(pdmpCheckedOn),
                iso(naloxoneOfferedOn))), SAFETY_LABELS);
        if (ok) {
            showSafety(saved[0]);
            Messages.info("Opioid safety items saved.");
        }
    }

    /** Reads the opioid safety items as last saved, discarding what was typed. */
    public void reloadSafety() {
        Long patientId = patientId();
        if (attempt(() -> showSafety(opioidSafety.read(patientId)))) {
            Messages.info("Reloaded the opioid safety items as they were last saved.");
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static Row row(MedicationStatement m, boolean active, MmeItem item) {
        return new Row(m.id(), m.version(), m.drug(), doseText(m.doseMg(), m.dosesPerDay(), m.mcgPerHour()),
                m.route() == null ? "" : m.route(), m.indication() == null ? "" : m.indication(),
                Shown.date(m.startedOn()), Shown.date(m.stoppedOn()), active,
                item.factor() == null ? "" : Shown.number(item.factor()),
                item.mme() == null ? "" : Shown.number(item.mme()), itemNote(item),
                Benzodiazepine.matches(m.drug()));
    }

    /** "20 mg × 2/day", "25 mcg/h patch", or what was given of it. */
    static String doseText(Double doseMg, Double dosesPerDay, Double mcgPerHour) {
        List<String> parts = new ArrayList<>();
        if (doseMg != null) {
            parts.add(Shown.number(doseMg) + " mg" + (dosesPerDay == null ? "" : " × " + Shown.number(dosesPerDay)
                    + "/day"));
        } else if (dosesPerDay != null) {
            parts.add(Shown.number(dosesPerDay) + "/day");
        }
        if (mcgPerHour != null) {
            parts.add(Shown.number(mcgPerHour) + " mcg/h patch");
        }
        return String.join(", ", parts);
    }

    /** Why a line is not counted, or how it was converted; nothing for a plain non-opioid. */
    private static String itemNote(MmeItem item) {
        if (item.counted()) {
            return item.note() == null ? "" : item.note();
        }
        return OpioidConversion.of(item.drug()).isPresent() || Benzodiazepine.matches(item.drug()) ? item.note() : "";
    }

    public void add() {
        Long patientId = patientId();
        boolean added = attempt(() -> medications.add(patientId, new Medications.Entry(drug, doseMg,
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
            refresh(patientId);
        }
    }

    /** Stops the chosen medication; a change by someone else meanwhile is refused and the choice kept. */
    public void stop() {
        Long patientId = patientId();
        Row chosen = rows.stream().filter(r -> stopId != null && r.id() == stopId).findFirst().orElse(null);
        if (chosen == null) {
            Messages.error("Medication to stop: choose one of the current medications.");
            return;
        }
        boolean stopped = attempt(() -> medications.stop(patientId, chosen.id(), chosen.version(),
                stopOn == null ? null : stopOn.toString()), FIELD_LABELS);
        if (stopped) {
            Messages.info(chosen.drug() + " stopped; last day taken " + stopOn + ". It counts towards the MME of"
                    + " that day and no longer after it.");
            stopId = null;
            stopOn = today();
            refresh(patientId);
        }
    }

    private void refresh(long patientId) {
        reread();
        changed.fire(new ChartChanged(patientId, "medications"));
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

    /** Physicians and nurses keep the medication list. */
    public boolean isMayEdit() {
        Role role = user.getRoleValue();
        return role == Role.PHYSICIAN || role == Role.NURSE;
    }

    public List<Row> getActiveRows() {
        return rows.stream().filter(Row::active).toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public Mme getMme() {
        return mme;
    }

    /** From 50 MME/day the opioid safety items are shown, and physicians and nurses record them. */
    public boolean isSafetyShown() {
        return safetyShown;
    }

    public List<SafetyRow> getSafetyItems() {
        return safetyItems;
    }

    public String getSafetyUpdated() {
        return safetyUpdated;
    }

    public String getSafetySource() {
        return OpioidSafetyReview.SOURCE;
    }

    public LocalDate getAgreementSignedOn() {
        return agreementSignedOn;
    }

    public void setAgreementSignedOn(LocalDate agreementSignedOn) {
        this.agreementSignedOn = agreementSignedOn;
    }

    public LocalDate getDrugScreenOn() {
        return drugScreenOn;
    }

    public void setDrugScreenOn(LocalDate drugScreenOn) {
        this.drugScreenOn = drugScreenOn;
    }

    public String getDrugScreenResult() {
        return drugScreenResult;
    }

    public void setDrugScreenResult(String drugScreenResult) {
        this.drugScreenResult = drugScreenResult;
    }

    public LocalDate getPdmpCheckedOn() {
        return pdmpCheckedOn;
    }

    public void setPdmpCheckedOn(LocalDate pdmpCheckedOn) {
        this.pdmpCheckedOn = pdmpCheckedOn;
    }

    public LocalDate getNaloxoneOfferedOn() {
        return naloxoneOfferedOn;
    }

    public void setNaloxoneOfferedOn(LocalDate naloxoneOfferedOn) {
        this.naloxoneOfferedOn = naloxoneOfferedOn;
    }


    public List<String> getRoutes() {
        return ROUTES;
    }

    public LocalDate getToday() {
        return today();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
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
