package org.algos.intervention.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What was done: approach, guidance and radiation, needle, drugs and volumes, complications, disposition. */
@Embeddable
public class ProcedureNote {

    @Column(name = "note_approach", length = 200)
    private String approach;

    /** fluoroscopy, ct, ultrasound, or none. */
    @Column(name = "note_guidance", length = 20)
    private String guidance;

    @Column(name = "note_fluoro_seconds")
    private Integer fluoroscopySeconds;

    /** Dose-area product in mGy·cm² as the machine reports it. */
    @Column(name = "note_fluoro_dose")
    private Double fluoroscopyDose;

    @Column(name = "note_needle", length = 100)
    private String needle;

    /** Drugs with doses and volumes, e.g. "dexamethasone 10 mg; bupivacaine 0.25 % 2 ml". */
    @Column(name = "note_medications", length = 1000)
    private String medications;

    @Column(name = "note_complications", length = 1000)
    private String complications;

    @Column(name = "note_disposition", length = 200)
    private String disposition;

    protected ProcedureNote() {
    }

    public ProcedureNote(String approach, String guidance, Integer fluoroscopySeconds, Double fluoroscopyDose,
                         String needle, String medications, String complications, String disposition) {
        this.approach = approach;
        this.guidance = guidance;
        this.fluoroscopySeconds = fluoroscopySeconds;
        this.fluoroscopyDose = fluoroscopyDose;
        this.needle = needle;
        this.medications = medications;
        this.complications = complications;
        this.disposition = disposition;
    }

    public String approach() {
        return approach;
    }

    public String guidance() {
        return guidance;
    }

    public Integer fluoroscopySeconds() {
        return fluoroscopySeconds;
    }

    /** Fluoroscopy time and dose as written in a note, e.g. "35 s, 12.5 mGy·cm²"; null when neither was recorded. */
    public String fluoroscopyText() {
        if (fluoroscopySeconds == null && fluoroscopyDose == null) {
            return null;
        }
        return (fluoroscopySeconds == null ? "" : fluoroscopySeconds + " s")
                + (fluoroscopySeconds != null && fluoroscopyDose != null ? ", " : "")
                + (fluoroscopyDose == null ? "" : fluoroscopyDose + " mGy·cm²");
    }

    public Double fluoroscopyDose() {
        return fluoroscopyDose;
    }

    public String needle() {
        return needle;
    }

    public String medications() {
        return medications;
    }

    public String complications() {
        return complications;
    }

    public String disposition() {
        return disposition;
    }
}
