package org.algos.intervention.eligibility;

import org.algos.intervention.catalogue.ProcedureFamily;

/**
 * At most 4 facet injection (medial branch block) sessions per region in any rolling 12 months
 * (CMS LCD L38803, Noridian, and the harmonised facet LCDs). The limit and the window are
 * clinic settings.
 */
public final class FacetInjectionSessionsPerRollingYear extends SessionsPerRollingYear {

    public FacetInjectionSessionsPerRollingYear(EligibilitySettings settings) {
        super(ProcedureFamily.FACET_BLOCK, "facet injection", settings.maxFacetInjectionSessions(),
                settings.rollingWindowMonths());
    }

    @Override
    public String source() {
        return ReferenceSources.FACET;
    }
}
