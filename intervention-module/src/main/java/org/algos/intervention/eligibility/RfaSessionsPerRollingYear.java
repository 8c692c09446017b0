package org.algos.intervention.eligibility;

import org.algos.intervention.catalogue.ProcedureFamily;

/**
 * At most 2 facet radiofrequency ablation sessions per region in any rolling 12 months, both
 * sides together (CMS LCD L38803, Noridian, and the harmonised facet LCDs). The limit and the
 * window are clinic settings.
 */
public final class RfaSessionsPerRollingYear extends SessionsPerRollingYear {

    public RfaSessionsPerRollingYear(EligibilitySettings settings) {
        super(ProcedureFamily.FACET_RFA, "facet radiofrequency ablation", settings.maxRfaSessions(),
                settings.rollingWindowMonths());
    }

    @Override
    public String source() {
        return ReferenceSources.FACET;
    }
}
