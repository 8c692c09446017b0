package org.algos.careplan.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.algos.careplan.medication.OpioidSafety;
import org.algos.careplan.medication.OpioidSafetyDates;
import org.algos.careplan.medication.OpioidSafetyReview;
import org.algos.domain.access.AuthorizedPatient;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.ChartShell;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.Shown;

/**
 * The opioid safety items of the medications section (from 50 MME/day): the review of each item
 * and the dates physicians and nurses record. Not a chart section of its own: {@link
 * MedicationsBean} decides whether the items are shown and has them read with the medication list.
 */
@Named
@ViewScoped
public class OpioidSafetyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> SAFETY_LABELS = Map.of("agreementSignedOn", "Treatment agreement signed",
            "drugScreenOn", "Drug screen", "drugScreenResult", "Drug screen result", "pdmpCheckedOn", "PDMP checked",
            "naloxoneOfferedOn", "Naloxone offered");

    /** One opioid safety item as reviewed: recorded, missing or overdue, with what to do and its source. */
    public record SafetyRow(String code, String label, String recordedOn, String status, String message,
                            String source) implements Serializable {

        static SafetyRow of(OpioidSafetyReview.Item item) {
            return new SafetyRow(item.code(), item.label(), Shown.date(item.recordedOn()), item.status().code(),
                    item.message() == null ? "" : item.message(), item.source());
        }
    }

    @Inject
    private OpioidSafety opioidSafety;

    @Inject
    private ChartShell chart;

    private List<SafetyRow> safetyItems = List.of();
    private long safetyVersion;
    private String safetyUpdated;
    private LocalDate agreementSignedOn;
    private LocalDate drugScreenOn;
    private String drugScreenResult;
    private LocalDate pdmpCheckedOn;
    private LocalDate naloxoneOfferedOn;

    /** Reads the items with the medication list, within the chart's transaction. */
    public void read(AuthorizedPatient patient) {
        show(opioidSafety.read(patient));
    }

    /** Puts the recorded dates in the form and the review beside them, discarding what was typed. */
    private void show(OpioidSafety.Status status) {
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
        boolean ok = ChartSection.attempt(() -> saved[0] = opioidSafety.record(patientId, safetyVersion,
                new OpioidSafety.Entry(iso(agreementSignedOn), iso(drugScreenOn), drugScreenResult, iso(pdmpCheckedOn),
                        iso(naloxoneOfferedOn))), SAFETY_LABELS);
        if (ok) {
            show(saved[0]);
            Messages.info("Opioid safety items saved.");
        }
    }

    /** Reads the opioid safety items as last saved, discarding what was typed. */
    public void reloadSafety() {
        Long patientId = patientId();
        if (ChartSection.attempt(() -> show(opioidSafety.read(patientId)))) {
            Messages.info("Reloaded the opioid safety items as they were last saved.");
        }
    }

    private Long patientId() {
        return chart.getPatient() == null ? null : chart.getPatient().id();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
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
}
