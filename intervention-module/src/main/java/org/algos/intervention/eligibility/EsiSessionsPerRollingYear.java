package org.algos.intervention.eligibility;

import org.algos.intervention.catalogue.ProcedureFamily;

/**
 * At most 4 epidural steroid injection sessions per region in any rolling 12 months, whatever
 * the approach: transforaminal, interlaminar and caudal injections all count for the
 * lumbosacral area, cervical ones for the cervicothoracic area (CMS LCD L39240 and sister
 * LCDs). The limit and the window are clinic settings.
 */
public final class EsiSessionsPerRollingYear extends SessionsPerRollingYear {

    public EsiSessionsPerRollingYear(EligibilitySettings settings) {
        super(ProcedureFamily.EPIDURAL, "epidural steroid injection", settings.maxEpiduralSessions(),
                settings.rollingWindowMonths());
    }

    @Override
    public String source() {
        return ReferenceSources.EPIDURAL;
    }
}
