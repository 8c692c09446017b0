package org.algos.domain.value;

import java.util.Locale;

/** A vertebral level, C1 to S5, in cranio-caudal order. */
public enum SpinalLevel {
    C1, C2, C3, C4, C5, C6, C7,
    T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12,
    L1, L2, L3, L4, L5,
    S1, S2, S3, S4, S5;

    public SpineRegion region() {
        return switch (name().charAt(0)) {
            case 'C' -> SpineRegion.CERVICAL;
            case 'T' -> SpineRegion.THORACIC;
            case 'L' -> SpineRegion.LUMBAR;
            default -> SpineRegion.SACRAL;
        };
    }

    /** True when {@code other} is the next level down (L5 then S1, C7 then T1). */
    public boolean isDirectlyAbove(SpinalLevel other) {
        return other.ordinal() == ordinal() + 1;
    }

    /** Parses "L4" or "l4"; throws with a readable message otherwise. */
    public static SpinalLevel parse(String text) {
        if (text != null) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // fall through to the readable message
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a spinal level (C1–C7, T1–T12, L1–L5, S1–S5)");
    }
}
