package org.algos.diagnosis.imaging;

import java.util.Locale;

/** The findings that pain interventions are planned on; anything else is OTHER with the report text. */
public enum FindingKind {
    FACET_ARTHROPATHY, DISC_DEGENERATION, DISC_PROTRUSION, DISC_EXTRUSION, FORAMINAL_STENOSIS, CENTRAL_STENOSIS,
    SPONDYLOLISTHESIS, MODIC_CHANGES, SACROILIAC_ARTHROPATHY, NERVE_ROOT_COMPRESSION, FRACTURE, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
