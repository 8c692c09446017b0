package org.algos.careplan.medication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;

/**
 * A patient's opioid safety book-keeping: when the treatment agreement was signed, the last urine
 * drug screen, the last prescription drug monitoring programme (PDMP) check and when naloxone was
 * offered. One row per patient; each save replaces the dates, guarded by the version read.
 */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "opioid_safety")
public class OpioidSafetyRecord {

    @Id
    @SequenceGenerator(name = "opioid_safety_seq", sequenceName = "opioid_safety_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opioid_safety_seq")
    private Long id;

    @Column(name = "patient_id", nullable = false, unique = true)
    private long patientId;

    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;

    @Column(name = "drug_screen_on")
    private LocalDate drugScreenOn;

    @Column(name = "drug_screen_result", length = 200)
    private String drugScreenResult;

    @Column(name = "pdmp_checked_on")
    private LocalDate pdmpCheckedOn;

    @Column(name = "naloxone_offered_on")
    private LocalDate naloxoneOfferedOn;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected OpioidSafetyRecord() {
    }

    public OpioidSafetyRecord(long patientId) {
        this.patientId = patientId;
    }

    /**
     * Replaces the dates. Public for history recorded without a caller (the demo clinic); requests
     * go through the service, which checks access and the version read.
     */
    public void record(OpioidSafetyDates dates, String username, LocalDateTime at) {
        this.agreementSignedOn = dates.agreementSignedOn();
        this.drugScreenOn = dates.drugScreenOn();
        this.drugScreenResult = dates.drugScreenResult();
        this.pdmpCheckedOn = dates.pdmpCheckedOn();
        this.naloxoneOfferedOn = dates.naloxoneOfferedOn();
        this.updatedBy = username;
        this.updatedAt = at;
    }

    public OpioidSafetyDates dates() {
        return new OpioidSafetyDates(agreementSignedOn, drugScreenOn, drugScreenResult, pdmpCheckedOn, naloxoneOfferedOn);
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
