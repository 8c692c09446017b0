package org.algos.intervention.catalogue;

import java.util.Locale;
import org.algos.domain.value.SpineRegion;

/**
 * The two areas in which payers count facet and epidural sessions: cervical with thoracic,
 * lumbar with sacral (CMS facet LCD L38803 and ESI LCD L39240
 * summarises them).
 */
public enum SpinalArea {
    CERVICOTHORACIC, LUMBOSACRAL;

    public static SpinalArea of(SpineRegion region) {
        return region.isLumbosacral() ? LUMBOSACRAL : CERVICOTHORACIC;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
