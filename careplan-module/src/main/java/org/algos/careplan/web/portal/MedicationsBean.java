package org.algos.careplan.web.portal;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.algos.careplan.medication.Benzodiazepine;
import org.algos.careplan.medication.MedicationStatement;
import org.algos.careplan.medication.Medications;
import org.algos.careplan.medication.MmeCalculator;
import org.algos.careplan.medication.MmeItem;
import org.algos.careplan.medication.MmeResult;
import org.algos.careplan.medication.OpioidConversion;
import org.algos.careplan.medication.OpioidSafetyReview;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.domain.user.Role;
import org.algos.web.kit.portal.ChartChanged;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Shown;

/**
 * The chart's medications: the list with each opioid's MME factor, today's MME total with its
 * level and the CDC 2022 advice, the benzodiazepine flag, and what the ASRA holds table says about
 * each anticoagulant or antiplatelet. Physicians and nurses add and stop medications
 * ({@link MedicationChangeForm}) and, from 50 MME/day, record the opioid safety items
 * ({@link OpioidSafetyForm}); this is the section's one chart section bean, which reads for both.
 */
@Named
@ViewScoped
public class MedicationsBean extends ChartSection {

    private static final long serialVersionUID = 1L;

    /** A medication as a table row; {@code version} as read, for the stop. */
    public record Row(long id, long version, String drug, String dose, String route, String indication,
                      String started, String stopped, boolean active, String factor, String mme, String note,
                      boolean benzodiazepine) implements Serializable {
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
    private OpioidSafetyForm safetyForm;

    private final MmeCalculator calculator = new MmeCalculator();

    private List<Row> rows = List.of();
    private Mme mme;
    private boolean safetyShown;

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
            safetyForm.read(patient);
        }
    }

    /** After the add or stop form changed the list: read it again and tell the sections it affects. */
    public void listChanged() {
        Long patientId = patientId();
        reread();
        changed.fire(new ChartChanged(patientId, "medications"));
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

    /** Physicians and nurses keep the medication list and record the opioid safety items. */
    public boolean isMayEdit() {
        Role role = user.getRoleValue();
        return role == Role.PHYSICIAN || role == Role.NURSE;
    }

    /** Active medications and today's MME, e.g. "2 · 45 MME". */
    @Override
    protected String count(AuthorizedPatient patient) {
        if (isLoaded()) {
            return menuCount(getActiveRows().size(), getMme() == null ? null : getMme().total());
        }
        // The medication list is short; counting reads it and reduces it to the active ones and their MME.
        LocalDate today = today();
        List<MedicationStatement> active = medications.list(patient).stream().filter(m -> m.isActiveOn(today)).toList();
        return menuCount(active.size(), Shown.number(calculator.calculate(active.stream()
                .map(MedicationStatement::dose).toList()).totalMme()));
    }

    /** "2 · 45 MME"; "0" when none is taken. */
    private static String menuCount(int active, String mme) {
        return active == 0 || mme == null ? String.valueOf(active) : active + " · " + mme + " MME";
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

    public LocalDate getToday() {
        return today();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
