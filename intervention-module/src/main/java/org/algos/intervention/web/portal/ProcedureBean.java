package org.algos.intervention.web.portal;

import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PatientRow;
import org.algos.web.kit.portal.PortalUser;
import org.algos.web.kit.portal.Shown;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.algos.domain.patient.PatientRegistry;
import org.algos.intervention.procedure.ChecklistAnswer;
import org.algos.intervention.procedure.FollowUp;
import org.algos.intervention.procedure.ProcedureNote;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.ProcedureStatus;
import org.algos.intervention.procedure.Procedures;
import org.algos.intervention.procedure.SafetyChecklist;
import org.primefaces.PrimeFaces;

/**
 * One procedure from booking to follow-up: check-in and cancellation, the pre-procedure safety
 * checklist (each answer saved as it is given), the procedure note with the immediate pain
 * before and after, and the follow-ups once it is completed.
 */
@Named
@ViewScoped
public class ProcedureBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("checklist", "Safety checklist"), Map.entry("item", "Checklist item"),
            Map.entry("answer", "Checklist answer"), Map.entry("painBefore", "Pain before"),
            Map.entry("painAfter", "Pain after"), Map.entry("date", "Follow-up date"),
            Map.entry("painNow", "Pain now"), Map.entry("reliefPercent", "Relief"),
            Map.entry("functionNote", "Function"));

    /** Ways the needle was guided, as the note records them. */
    static final List<String> GUIDANCE = List.of("fluoroscopy", "ct", "ultrasound", "none");

    /** The procedure as the page's header shows it. */
    public record Summary(long id, String code, String name, String cptCodes, String bleedingRisk, String date,
                          String placement, String status, String overrideReason, String overriddenBy,
                          String bookedBy, String painBefore, String painAfter, String relief)
            implements Serializable {

        static Summary of(ProcedureRecord r) {
            Optional<ProcedureChoice> choice = ProcedureChoice.find(r.procedure());
            return new Summary(r.id(), r.procedure(), ProcedureChoice.nameOf(r.procedure()),
                    choice.map(ProcedureChoice::cptCodes).orElse(""),
                    choice.map(ProcedureChoice::bleedingRisk).orElse(""), Shown.date(r.date()),
                    ProcedureChoice.placement(r.side(), r.levels()), r.status().code(), r.overrideReason(),
                    r.overriddenBy(), r.bookedBy(), r.painBefore() == null ? "" : r.painBefore().toString(),
                    r.painAfter() == null ? "" : r.painAfter().toString(),
                    r.reliefPercent() == null ? "" : Shown.number(r.reliefPercent()) + " %");
        }
    }

    /** One item of the safety checklist with the answer saved so far (null while open). */
    public static final class ChecklistItem implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final String label;
        private final boolean mayNotApply;
        private String answer;

        ChecklistItem(String key, String label, boolean mayNotApply, String answer) {
            this.key = key;
            this.label = label;
            this.mayNotApply = mayNotApply;
            this.answer = answer;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public boolean isMayNotApply() {
            return mayNotApply;
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }

        public boolean isOpen() {
            return answer == null;
        }

        /** Done, and "not applicable" only where the item may not apply. */
        public List<Option> getOptions() {
            return mayNotApply ? List.of(DONE, NOT_APPLICABLE) : List.of(DONE);
        }
    }

    /** An answer the checklist offers: its code and label. */
    public record Option(String value, String label) implements Serializable {
    }

    private static final Option DONE = new Option(ChecklistAnswer.DONE.code(), "Done");
    private static final Option NOT_APPLICABLE = new Option(ChecklistAnswer.NOT_APPLICABLE.code(), "Not applicable");

    /** The note of a completed procedure, read-only. */
    public record NoteView(String approach, String guidance, String fluoroscopySeconds, String fluoroscopyDose,
                           String needle, String medications, String complications, String disposition)
            implements Serializable {

        static NoteView of(ProcedureNote n) {
            return n == null ? null : new NoteView(n.approach(), n.guidance(),
                    n.fluoroscopySeconds() == null ? "" : n.fluoroscopySeconds() + " s",
                    n.fluoroscopyDose() == null ? "" : Shown.number(n.fluoroscopyDose()) + " mGy·cm²",
                    n.needle(), n.medications(), n.complications(), n.disposition());
        }
    }

    /** A follow-up as a table row. */
    public record FollowUpRow(long id, String date, int painNow, String relief, String functionNote)
            implements Serializable {

        static FollowUpRow of(FollowUp f) {
            return new FollowUpRow(f.id(), Shown.date(f.followUpOn()), f.painNow(), f.reliefPercent() + " %",
                    f.functionNote());
        }
    }

    @Inject
    private PatientRegistry patients;

    @Inject
    private Procedures procedures;

    @Inject
    private PortalUser user;

    @Inject
    private Clock clock;

    private Long patientId;
    private Long procedureId;
    private String patientName;
    private Summary summary;
    private LocalDate procedureDate;
    private List<ChecklistItem> checklist = List.of();
    private List<String> openItems = List.of();
    private NoteView note;
    private List<FollowUpRow> followUps = List.of();

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

    private LocalDate followUpDate;
    private Integer painNow;
    private Integer reliefPercent;
    private String functionNote;

    public void load() {
        if (patientId == null || procedureId == null) {
            Messages.error("No procedure was chosen.");
            return;
        }
        try {
            patientName = PatientRow.of(patients.open(patientId).patient()).name();
        } catch (RuntimeException e) {
            if (!Messages.report(e)) {
                throw e;
            }
            return;
        }
        refresh();
    }

    /** Reads the procedure, its checklist, note and follow-ups as stored. */
    private void refresh() {
        ChartSection.attempt(() -> {
            Optional<Procedures.Listed> found = procedures.history(patientId).stream()
                    .filter(listed -> listed.procedure().id().equals(procedureId)).findFirst();
            if (found.isEmpty()) {
                summary = null;
                Messages.error("There is no procedure " + procedureId + " for this patient.");
                return;
            }
            ProcedureRecord r = found.get().procedure();
            summary = Summary.of(r);
            procedureDate = r.date();
            List<ChecklistItem> items = new ArrayList<>();
            r.checklist().answers().forEach((key, answer) -> items.add(new ChecklistItem(key,
                    SafetyChecklist.ITEMS.get(key), SafetyChecklist.mayNotApply(key),
                    answer == null ? null : answer.code())));
            checklist = items;
            openItems = List.copyOf(r.checklist().open());
            note = NoteView.of(r.note());
            followUps = found.get().followUps().stream().map(FollowUpRow::of).toList();
        });
    }

    public void checkIn() {
        if (ChartSection.attempt(() -> procedures.checkIn(patientId, procedureId))) {
            Messages.info("Checked in.");
        }
        refresh();
    }

    public void cancel() {
        if (ChartSection.attempt(() -> procedures.cancel(patientId, procedureId))) {
            Messages.info("Procedure cancelled.");
        }
        refresh();
    }

    /**
     * Saves one checklist answer as soon as it is given. The row already shows it, so only the
     * count of open items is redrawn and the keyboard focus stays on the answer; a refused answer
     * redraws the checklist as stored.
     */
    public void tick(ChecklistItem item) {
        String answer = item.getAnswer();
        boolean saved = answer != null
                && ChartSection.attempt(() -> procedures.tick(patientId, procedureId, item.getKey(), answer), FIELD_LABELS);
        refresh();
        if (!saved) {
            PrimeFaces.current().ajax().update("checklistForm:checklist");
        }
    }

    /**
     * Completes the procedure with its note. While the form is refused (an open checklist item,
     * a missing pain score) only the message line changes, so the form keeps what was typed and
     * the focus; once completed, the page shows the note, the relief and the follow-ups.
     */
    public void complete() {
        ProcedureNote completed = new ProcedureNote(blankToNull(approach), blankToNull(guidance), fluoroscopySeconds,
                fluoroscopyDose, blankToNull(needle), blankToNull(medications), blankToNull(complications),
                blankToNull(disposition));
        if (ChartSection.attempt(() -> procedures.complete(patientId, procedureId, completed, painBefore, painAfter),
                FIELD_LABELS)) {
            refresh();
            Messages.info("Procedure completed" + (summary == null || summary.relief().isEmpty() ? "."
                    : ": immediate relief " + summary.relief() + "."));
            PrimeFaces.current().ajax().update("header", "checklistSection", "noteSection", "followUpSection");
        }
    }

    public void addFollowUp() {
        if (ChartSection.attempt(() -> procedures.followUp(patientId, procedureId,
                followUpDate == null ? null : followUpDate.toString(), painNow, reliefPercent, functionNote),
                FIELD_LABELS)) {
            Messages.info("Follow-up recorded: " + reliefPercent + " % relief.");
            followUpDate = null;
            painNow = null;
            reliefPercent = null;
            functionNote = null;
            refresh();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private boolean hasStatus(ProcedureStatus... statuses) {
        if (summary == null) {
            return false;
        }
        for (ProcedureStatus s : statuses) {
            if (s.code().equals(summary.status())) {
                return true;
            }
        }
        return false;
    }

    /** "N of 8 items open." or "All items are answered." */
    public String getChecklistStatus() {
        return openItems.isEmpty() ? "All items are answered."
                : openItems.size() + " of " + checklist.size() + " items open.";
    }

    public boolean isReady() {
        return summary != null;
    }

    public boolean isMayCheckIn() {
        return user.isMaySchedule() && hasStatus(ProcedureStatus.SCHEDULED);
    }

    public boolean isMayCancel() {
        return user.isMaySchedule() && hasStatus(ProcedureStatus.SCHEDULED, ProcedureStatus.CHECKED_IN);
    }

    /** The checklist is worked through by physicians and nurses until the procedure is done or called off. */
    public boolean isMayTick() {
        return user.isMaySchedule() && hasStatus(ProcedureStatus.SCHEDULED, ProcedureStatus.CHECKED_IN);
    }

    /** The note is written by the physician who completes the procedure. */
    public boolean isMayComplete() {
        return user.isPhysician() && hasStatus(ProcedureStatus.SCHEDULED, ProcedureStatus.CHECKED_IN);
    }

    public boolean isCompleted() {
        return hasStatus(ProcedureStatus.COMPLETED);
    }

    public boolean isMayFollowUp() {
        return user.isMaySchedule() && isCompleted();
    }

    public List<String> getGuidanceChoices() {
        return GUIDANCE;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public LocalDate getProcedureDate() {
        return procedureDate;
    }

    public Long getPatientId() {
        return patientId;
    }

    public void setPatientId(Long patientId) {
        this.patientId = patientId;
    }

    public Long getProcedureId() {
        return procedureId;
    }

    public void setProcedureId(Long procedureId) {
        this.procedureId = procedureId;
    }

    public String getPatientName() {
        return patientName;
    }

    public Summary getSummary() {
        return summary;
    }

    public List<ChecklistItem> getChecklist() {
        return checklist;
    }

    public List<String> getOpenItems() {
        return openItems;
    }

    public NoteView getNote() {
        return note;
    }

    public List<FollowUpRow> getFollowUps() {
        return followUps;
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

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public void setFollowUpDate(LocalDate followUpDate) {
        this.followUpDate = followUpDate;
    }

    public Integer getPainNow() {
        return painNow;
    }

    public void setPainNow(Integer painNow) {
        this.painNow = painNow;
    }

    public Integer getReliefPercent() {
        return reliefPercent;
    }

    public void setReliefPercent(Integer reliefPercent) {
        this.reliefPercent = reliefPercent;
    }

    public String getFunctionNote() {
        return functionNote;
    }

    public void setFunctionNote(String functionNote) {
        this.functionNote = functionNote;
    }
}
