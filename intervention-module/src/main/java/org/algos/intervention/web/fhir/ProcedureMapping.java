package org.algos.intervention.web.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.algos.intervention.procedure.ProcedureNote;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.web.kit.fhir.Fhir;
import org.algos.web.kit.fhir.Practitioners;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;

/**
 * A procedure record as a US Core Procedure ({@code Procedure/<record id>}), from booking to
 * completion. Status in FHIR's event-status: a booked or checked-in procedure has not begun
 * ({@code preparation}), a cancelled one was {@code not-done}; only a completed one has
 * {@code performedDateTime} (the day: Algos records no time), as US Core's us-core-7 asks. The
 * procedure note becomes the note, its complications {@code complication}, the immediate relief
 * the {@code outcome}. The physician who completed it in Algos is the performer; history
 * recorded after the fact names none.
 */
final class ProcedureMapping {

    static final String US_CORE_PROCEDURE = Fhir.US_CORE + "us-core-procedure";
    /** What clinicians write when nothing went wrong; not a complication. */
    private static final Set<String> NO_COMPLICATION = Set.of("none", "nil", "no", "no complications", "-");

    private ProcedureMapping() {
    }

    static Procedure procedure(ProcedureRecord r) {
        Procedure p = new Procedure();
        p.setId("Procedure/" + r.id());
        p.getMeta().addProfile(US_CORE_PROCEDURE).setVersionId(Long.toString(r.version()));
        p.setSubject(Fhir.patientReference(r.patientId()));
        p.setCode(CatalogueCodes.code(r));
        CatalogueCodes.bodySite(r).ifPresent(p::addBodySite);
        switch (r.status()) {
            case COMPLETED -> {
                p.setStatus(ProcedureStatus.COMPLETED);
                p.setPerformed(new DateTimeType(r.date().toString()));
            }
            case CANCELLED -> p.setStatus(ProcedureStatus.NOTDONE)
                    .setStatusReason(new CodeableConcept().setText("Cancelled before it was performed"));
            default -> p.setStatus(ProcedureStatus.PREPARATION);
        }
        if (r.performedBy() != null) {
            p.addPerformer().setActor(Practitioners.reference(r.performedBy(), null));
        }
        if (r.reliefPercent() != null) {
            p.setOutcome(new CodeableConcept().setText("Immediate relief "
                    + ReliefMapping.percentText(r.reliefPercent())
                    + " (pain " + r.painBefore() + " before, " + r.painAfter() + " after)"));
        }
        ProcedureNote note = r.note();
        if (note != null) {
            String text = noteText(note);
            if (!text.isEmpty()) {
                p.addNote().setText(text);
            }
            if (isComplication(note.complications())) {
                p.addComplication().setText(note.complications().strip());
            }
        }
        return p;
    }

    /** The procedure note in one paragraph, each field that was filled in with its name. */
    static String noteText(ProcedureNote n) {
        List<String> parts = new ArrayList<>();
        add(parts, "Approach", n.approach());
        String guidance = n.guidance();
        if (n.fluoroscopyText() != null) {
            guidance = (guidance == null ? "fluoroscopy" : guidance) + " (" + n.fluoroscopyText() + ")";
        }
        add(parts, "Guidance", guidance);
        add(parts, "Needle", n.needle());
        add(parts, "Medications", n.medications());
        add(parts, "Complications", n.complications());
        add(parts, "Disposition", n.disposition());
        return String.join(". ", parts) + (parts.isEmpty() ? "" : ".");
    }

    static boolean isComplication(String complications) {
        return complications != null && !complications.isBlank()
                && !NO_COMPLICATION.contains(complications.strip().toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + ": " + value.strip());
        }
    }
}
