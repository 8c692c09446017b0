package org.algos.intervention.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.algos.domain.patient.PatientRegistry;
import org.algos.intervention.procedure.FollowUp;
import org.algos.intervention.procedure.ProcedureNote;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.ProcedureStatus;
import org.algos.intervention.procedure.Procedures;
import org.algos.intervention.procedure.SafetyChecklist;
import org.algos.web.kit.document.DocumentMaker;
import org.algos.web.kit.document.DocumentRequest;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.PatientRow;
import org.algos.web.kit.portal.Shown;

/**
 * One procedure from booking to follow-up: check-in and cancellation, the pre-procedure safety
 * checklist (each answer saved as it is given), the procedure note with the immediate pain
 * before and after, and the follow-ups once it is completed. This bean reads the procedure and
 * holds what the page shows; each form is a bean of its own ({@link ProcedureStatusForm},
 * {@link ProcedureChecklistForm}, {@link ProcedureNoteForm}, {@link ProcedureFollowUpsForm}) that
 * has this one read again after a change.
 */
@Named
@ViewScoped
public class ProcedureBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The field names of every form on the page as labels: one map, since a service may name
     * another form's field (completing with an open checklist item names the checklist).
     */
    static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("checklist", "Safety checklist"), Map.entry("item", "Checklist item"),
            Map.entry("answer", "Checklist answer"), Map.entry("painBefore", "Pain before"),
            Map.entry("painAfter", "Pain after"), Map.entry("date", "Follow-up date"),
            Map.entry("painNow", "Pain now"), Map.entry("reliefPercent", "Relief"),
            Map.entry("functionNote", "Function"));

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
    private DocumentMaker documents;

    private Long patientId;
    private Long procedureId;
    private String patientName;
    private Summary summary;
    private LocalDate procedureDate;
    private List<ChecklistItem> checklist = List.of();
    private List<String> openItems = List.of();
    private NoteView note;
    private List<FollowUpRow> followUps = List.of();

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

    /** Makes the procedure note of the completed procedure from the record and sends the PDF to the browser. */
    public void procedureNote() {
        documents.makeAndSend(patientId, DocumentRequest.procedureNote(procedureId), Map.of());
    }

    /** Reads the procedure, its checklist, note and follow-ups as stored. */
    public void refresh() {
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

    /** Whether the procedure as last read has one of these statuses; false when none was read. */
    public boolean hasStatus(ProcedureStatus... statuses) {
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

    public boolean isCompleted() {
        return hasStatus(ProcedureStatus.COMPLETED);
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
}
