package org.algos.intervention.eligibility;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.catalogue.ProcedureFamily;

/**
 * What the payer expects in the chart for a procedure that the rules cannot check from the facts
 * they are given. Shown as warnings: they remind, they never refuse.
 */
public enum DocumentationReminder {

    /** CMS LCD L38803 and the harmonised facet LCDs, for blocks and ablations alike. */
    FACET_PROCEDURE_DOCUMENTATION("FacetProcedureDocumentation",
            Set.of(ProcedureFamily.FACET_BLOCK, ProcedureFamily.FACET_RFA),
            "Document axial pain for at least 3 months with a functional deficit on a pain or disability scale, "
                    + "failed conservative care, and a baseline score.",
            ReferenceSources.FACET),

    /** CMS LCD L39240 and sister LCDs. */
    EPIDURAL_DOCUMENTATION("EpiduralDocumentation", Set.of(ProcedureFamily.EPIDURAL),
            "Document pain for at least 4 weeks, and perform the injection under imaging guidance with contrast.",
            ReferenceSources.EPIDURAL);

    private final String rule;
    private final Set<ProcedureFamily> families;
    private final String message;
    private final String source;

    DocumentationReminder(String rule, Set<ProcedureFamily> families, String message, String source) {
        this.rule = rule;
        this.families = families;
        this.message = message;
        this.source = source;
    }

    /** The reminders for a procedure, as findings. */
    public static List<Finding> forProcedure(Procedure procedure) {
        return Arrays.stream(values())
                .filter(reminder -> reminder.families.contains(procedure.family()))
                .map(DocumentationReminder::finding)
                .toList();
    }

    public Finding finding() {
        return new Finding(rule, message, source);
    }
}
