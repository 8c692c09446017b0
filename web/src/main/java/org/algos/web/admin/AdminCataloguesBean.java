package org.algos.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.algos.careplan.education.EducationLibrary;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.offer.ClinicOffer;
import org.algos.intervention.procedure.EligibilityConfiguration;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;

/**
 * The catalogues in force: the procedures with their CPT codes and bleeding-risk category and
 * whether this clinic offers each (switched here), and, read-only, the eligibility numbers with
 * their configuration keys and sources (they change with configuration), and the education texts
 * that can be given: shipped, or written by the clinic and approved (on the education texts page).
 */
@Named
@ViewScoped
public class AdminCataloguesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A procedure of the catalogue. */
    public record ProcedureRow(String code, String name, String cptCodes, String family, String bleedingRisk,
                               boolean offered) implements Serializable {
    }

    /** An education text that can be given: shipped, or the clinic's and approved. */
    public record TextRow(String code, String title, int minutes, String summary, String origin)
            implements Serializable {
    }

    @Inject
    private EligibilityConfiguration eligibility;

    @Inject
    private ClinicOffer offer;

    @Inject
    private EducationLibrary library;

    private List<ProcedureRow> procedures;
    private List<TextRow> texts;

    public List<ProcedureRow> getProcedures() {
        if (procedures == null) {
            Set<Procedure> offered = offer.offered();
            procedures = Arrays.stream(Procedure.values()).map(p -> new ProcedureRow(p.code(), p.displayName(),
                    String.join(", ", p.cptCodes()), words(p.family().name()), words(p.bleedingRisk().name()),
                    offered.contains(p))).toList();
        }
        return procedures;
    }

    /** Offers a procedure again, or stops offering it: scheduling then no longer lists it. */
    public void setOffered(String code, boolean offered) {
        if (ChartSection.attempt(() -> offer.setOffered(code, offered))) {
            Messages.info(Procedure.parse(code).displayName() + (offered ? " is offered again."
                    : " is no longer offered: scheduling does not list it."));
            procedures = null;
        }
    }

    public List<EligibilityConfiguration.Setting> getEligibility() {
        return eligibility.inForce();
    }

    public List<TextRow> getTexts() {
        if (texts == null) {
            texts = library.assignable().stream().map(t -> new TextRow(t.code(), t.title(), t.minutes(), t.summary(),
                    t.origin().code())).toList();
        }
        return texts;
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
