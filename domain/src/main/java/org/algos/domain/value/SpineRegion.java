package org.algos.domain.value;

/** Regions of the spine; payers count injection sessions per region (CMS LCD L38803 and L39240). */
public enum SpineRegion {
    CERVICAL, THORACIC, LUMBAR, SACRAL;

    /** Epidural and facet limits group cervical with thoracic, and lumbar with sacral (CMS ESI and facet LCDs). */
    public boolean isLumbosacral() {
        return this == LUMBAR || this == SACRAL;
    }
}
