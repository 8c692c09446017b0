package org.algos.diagnosis.block;

import java.util.Locale;
import org.algos.domain.value.SpineRegion;

/**
 * Kinds of diagnostic block, each with the relief that makes it positive. Medial branch blocks
 * are positive at 80 % relief (CMS facet joint LCD L38803 and its sister LCDs); other diagnostic
 * blocks default to 50 % (a clinic default; no published threshold).
 */
public enum BlockType {
    MBB_CERVICAL("cervical", SpineRegion.CERVICAL, 80),
    MBB_THORACIC("thoracic", SpineRegion.THORACIC, 80),
    MBB_LUMBAR("lumbar", SpineRegion.LUMBAR, 80),
    SIJ_DIAGNOSTIC("sacroiliac", null, 50),
    SYMPATHETIC_DIAGNOSTIC("sympathetic", null, 50),
    PERIPHERAL_NERVE_DIAGNOSTIC("peripheral nerve", null, 50);

    static final String MBB_SOURCE = "CMS LCD L38803 (facet joint interventions): a medial branch block is positive at ≥80 % relief";
    static final String DEFAULT_SOURCE = "Clinic default, no published threshold: other diagnostic blocks are positive at ≥50 % relief";

    private final String defaultRegion;
    private final SpineRegion spineRegion;
    private final int positiveAtPercent;

    BlockType(String defaultRegion, SpineRegion spineRegion, int positiveAtPercent) {
        this.defaultRegion = defaultRegion;
        this.spineRegion = spineRegion;
        this.positiveAtPercent = positiveAtPercent;
    }

    public String code() {
        return name();
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    /** The spine region whose segments the block must name; null for blocks that are not at spinal levels. */
    public SpineRegion spineRegion() {
        return spineRegion;
    }

    public int positiveAtPercent() {
        return positiveAtPercent;
    }

    public String thresholdSource() {
        return spineRegion == null ? DEFAULT_SOURCE : MBB_SOURCE;
    }

    public boolean isMedialBranchBlock() {
        return name().startsWith("MBB_");
    }

    public String label() {
        return name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
