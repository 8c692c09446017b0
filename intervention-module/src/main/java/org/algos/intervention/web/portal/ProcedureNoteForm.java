package org.algos.intervention.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.algos.intervention.procedure.ProcedureNote;
import org.algos.intervention.procedure.ProcedureStatus;
import org.algos.intervention.procedure.Procedures;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PortalUser;
import org.primefaces.PrimeFaces;

/** The procedure page's note form: the physician writes the note and completes the procedure with it. */
@Named
@ViewScoped
public class ProcedureNoteForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Ways the needle was guided, as the note records them. */
    static final List<String> GUIDANCE = List.of("fluoroscopy", "ct", "ultrasound", "none");

    @Inject
    private ProcedureBean procedure;

    @Inject
    private Procedures procedures;

    @Inject
    private PortalUser user;

    private String approach;
    private String guidance;
    private Integer fluoroscopySeconds;
    private Double fluoroscopyDose;
    private String needle;
    private String medications;
    private String complications;
    private String disposition;
    private Integer painBefore;
    private Integer painAfter;

    /**
     * Completes the procedure with its note. While the form is refused (an open checklist item,
     * a missing pain score) only the message line changes, so the form keeps what was typed and
     * the focus; once completed, the page shows the note, the relief and the follow-ups.
     */
    public void complete() {
        ProcedureNote completed = new ProcedureNote(blankToNull(approach), blankToNull(guidance), fluoroscopySeconds,
                fluoroscopyDose, blankToNull(needle), blankToNull(medications), blankToNull(complications),
                blankToNull(disposition));
        if (ChartSection.attempt(() -> procedures.complete(procedure.getPatientId(), procedure.getProcedureId(),
                completed, painBefore, painAfter), ProcedureBean.FIELD_LABELS)) {
            procedure.refresh();
            ProcedureBean.Summary summary = procedure.getSummary();
            Messages.info("Procedure completed" + (summary == null || summary.relief().isEmpty() ? "."
                    : ": immediate relief " + summary.relief() + "."));
            PrimeFaces.current().ajax().update("header", "checklistSection", "noteSection", "followUpSection");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The note is written by the physician who completes the procedure. */
    public boolean isMayComplete() {
        return user.isPhysician() && procedure.hasStatus(ProcedureStatus.SCHEDULED, ProcedureStatus.CHECKED_IN);
    }

    public List<String> getGuidanceChoices() {
        return GUIDANCE;
    }

    public String getApproach() {
        return approach;
    }

    public void setApproach(String approach) {
        this.approach = approach;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    public Integer getFluoroscopySeconds() {
        return fluoroscopySeconds;
    }

    public void setFluoroscopySeconds(Integer fluoroscopySeconds) {
        this.fluoroscopySeconds = fluoroscopySeconds;
    }

    public Double getFluoroscopyDose() {
        return fluoroscopyDose;
    }

    public void setFluoroscopyDose(Double fluoroscopyDose) {
        this.fluoroscopyDose = fluoroscopyDose;
    }

    public String getNeedle() {
        return needle;
    }

    public void setNeedle(String needle) {
        this.needle = needle;
    }

    public String getMedications() {
        return medications;
    }

    public void setMedications(String medications) {
        this.medications = medications;
    }

    public String getComplications() {
        return complications;
    }

    public void setComplications(String complications) {
        this.complications = complications;
    }

    public String getDisposition() {
        return disposition;
    }

    public void setDisposition(String disposition) {
        this.disposition = disposition;
    }

    public Integer getPainBefore() {
        return painBefore;
    }

    public void setPainBefore(Integer painBefore) {
        this.painBefore = painBefore;
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    public void setPainAfter(Integer painAfter) {
        this.painAfter = painAfter;
    }
}
