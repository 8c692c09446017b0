package org.algos.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.algos.careplan.education.EducationCatalogue;
import org.algos.intervention.catalogue.Procedure;
import org.algos.intervention.procedure.EligibilityConfiguration;

/**
 * The catalogues in force, read-only: the procedures with their CPT codes and bleeding-risk
 * category, the eligibility numbers with their configuration keys and sources, and the shipped
 * education texts. They change with configuration or a release, not in the portal.
 */
@Named
@RequestScoped
public class AdminCataloguesBean {

    /** A procedure of the catalogue. */
    public record ProcedureRow(String code, String name, String cptCodes, String family, String bleedingRisk) {
    }

    /** A shipped education text. */
    public record TextRow(String code, String title, int minutes, String summary) {
    }

    @Inject
    private EligibilityConfiguration eligibility;

    public List<ProcedureRow> getProcedures() {
        return Arrays.stream(Procedure.values()).map(p -> new ProcedureRow(p.code(), p.displayName(),
                String.join(", ", p.cptCodes()), words(p.family().name()), words(p.bleedingRisk().name()))).toList();
    }

    public List<EligibilityConfiguration.Setting> getEligibility() {
        return eligibility.inForce();
    }

    public List<TextRow> getTexts() {
        return EducationCatalogue.all().stream().map(t -> new TextRow(t.code(), t.title(), t.minutes(), t.summary()))
                .toList();
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
