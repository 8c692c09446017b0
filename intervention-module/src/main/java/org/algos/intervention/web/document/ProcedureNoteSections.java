package org.algos.intervention.web.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.eligibility.EligibilityResult;
import org.algos.intervention.eligibility.Finding;
import org.algos.intervention.procedure.ChecklistAnswer;
import org.algos.intervention.procedure.ProcedureNote;
import org.algos.intervention.procedure.ProcedureRecord;
import org.algos.intervention.procedure.ReliefText;
import org.algos.intervention.procedure.SafetyChecklist;
import org.algos.web.kit.document.DocumentSection;
import org.algos.web.kit.document.SectionOrder;
import org.algos.web.kit.document.Xhtml;

/**
 * The procedure note of one completed procedure, as the record holds it: what was done where,
 * the eligibility findings with their published sources and any override with its reason, the
 * safety checklist as answered, the technique, the immediate relief and the physician.
 */
final class ProcedureNoteSections {

    private ProcedureNoteSections() {
    }

    static List<DocumentSection> of(ProcedureRecord r, Optional<EligibilityResult> eligibility,
                                    Function<String, String> staffNames) {
        List<DocumentSection> sections = new ArrayList<>();
        sections.add(new DocumentSection(SectionOrder.NOTE_PROCEDURE, "Procedure", procedure(r)));
        sections.add(new DocumentSection(SectionOrder.NOTE_ELIGIBILITY, "Eligibility", eligibility(r, eligibility,
                staffNames)));
        sections.add(new DocumentSection(SectionOrder.NOTE_CHECKLIST, "Safety checklist", checklist(r)));
        sections.add(new DocumentSection(SectionOrder.NOTE_TECHNIQUE, "Technique", technique(r.note())));
        sections.add(new DocumentSection(SectionOrder.NOTE_RELIEF, "Immediate relief", relief(r)));
        sections.add(new DocumentSection(SectionOrder.NOTE_PHYSICIAN, "Performing physician",
                new Xhtml().p(r.performedBy() == null ? "Not recorded (entered after the fact)."
                        : person(r.performedBy(), staffNames))));
        return sections;
    }

    static String name(ProcedureRecord r) {
        return Procedure.fromCode(r.procedure()).map(Procedure::displayName).orElse(r.procedure());
    }

    static String cpt(ProcedureRecord r) {
        return Procedure.fromCode(r.procedure()).map(p -> String.join(", ", p.cptCodes())).orElse(null);
    }

    /** Side and levels in words, e.g. "left, L4-L5, L5-S1"; null when the record names neither. */
    static String site(ProcedureRecord r) {
        List<String> parts = new ArrayList<>();
        if (r.side() != null) {
            parts.add(r.side().code());
        }
        parts.addAll(r.levels());
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    static String person(String username, Function<String, String> staffNames) {
        String name = staffNames.apply(username);
        return name == null ? username : name + " (" + username + ")";
    }

    private static Xhtml procedure(ProcedureRecord r) {
        return new Xhtml().p("Procedure:", name(r)).p("CPT code(s):", cpt(r)).p("Date:", r.date().toString())
                .p("Side:", r.side() == null ? "not applicable" : r.side().code())
                .p("Levels:", r.levels().isEmpty() ? "not applicable" : String.join(", ", r.levels()));
    }

    private static Xhtml eligibility(ProcedureRecord r, Optional<EligibilityResult> result,
                                     Function<String, String> staffNames) {
        Xhtml x = new Xhtml();
        if (result.isEmpty()) {
            x.p("No eligibility rules apply to this procedure.");
        } else {
            EligibilityResult e = result.get();
            x.p("Judged on the record for the procedure's date:", e.eligible() ? "eligible" : "not eligible");
            List<List<String>> rows = new ArrayList<>();
            e.reasons().forEach(f -> rows.add(row("Not met", f)));
            e.warnings().forEach(f -> rows.add(row("Warning", f)));
            e.met().forEach(f -> rows.add(row("Met", f)));
            if (!rows.isEmpty()) {
                x.table("Eligibility findings and their sources", List.of("Finding", "Rule", "Source"), rows);
            }
        }
        if (r.overrideReason() != null) {
            x.p("Override by " + person(r.overriddenBy(), staffNames) + ":", r.overrideReason());
        }
        return x;
    }

    private static List<String> row(String kind, Finding f) {
        return List.of(kind, f.message(), f.source());
    }

    private static Xhtml checklist(ProcedureRecord r) {
        Map<String, ChecklistAnswer> answers = r.checklist().answers();
        List<List<String>> rows = new ArrayList<>();
        SafetyChecklist.ITEMS.forEach((item, label) -> {
            ChecklistAnswer answer = answers.get(item);
            rows.add(List.of(label, answer == null ? "not answered"
                    : answer.code().replace('-', ' ').toLowerCase(Locale.ROOT)));
        });
        return new Xhtml().table("The safety checklist as answered", List.of("Item", "Answer"), rows);
    }

    private static Xhtml technique(ProcedureNote n) {
        if (n == null) {
            return new Xhtml().p("No procedure note was recorded.");
        }
        return new Xhtml().p("Guidance:", n.guidance()).p("Fluoroscopy:", n.fluoroscopyText()).p("Approach:", n.approach())
                .p("Needle:", n.needle()).p("Medications:", n.medications()).p("Complications:", n.complications())
                .p("Disposition:", n.disposition());
    }

    private static Xhtml relief(ProcedureRecord r) {
        if (r.reliefPercent() == null) {
            return new Xhtml().p("Not recorded.");
        }
        return new Xhtml().p("Pain before (NRS 0-10):", String.valueOf(r.painBefore()))
                .p("Pain after (NRS 0-10):", String.valueOf(r.painAfter()))
                .p("Relief:", ReliefText.percent(r.reliefPercent()));
    }
}
