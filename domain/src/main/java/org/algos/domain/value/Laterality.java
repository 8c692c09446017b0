package org.algos.domain.value;

import java.util.Locale;

/** Side of the body a finding or procedure concerns. */
public enum Laterality {
    LEFT, RIGHT, BILATERAL, MIDLINE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A bilateral procedure covers each side; a midline one covers neither side alone. */
    public boolean covers(Laterality side) {
        return this == side || (this == BILATERAL && (side == LEFT || side == RIGHT));
    }
}
