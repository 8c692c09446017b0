package org.algos.domain.value;

/**
 * A motion segment between two adjacent levels, written "L4-L5" or "L5-S1": the unit in which
 * facet joints and epidural injections are documented.
 */
public record SpinalSegment(SpinalLevel upper, SpinalLevel lower) {

    public SpinalSegment {
        if (upper == null || lower == null || !upper.isDirectlyAbove(lower)) {
            throw new IllegalArgumentException("A segment joins two adjacent levels, such as L4-L5 or L5-S1");
        }
    }

    public static SpinalSegment parse(String text) {
        if (text == null || !text.contains("-")) {
            throw new IllegalArgumentException("'" + text + "' is not a segment such as L4-L5");
        }
        String[] parts = text.split("-", 2);
        return new SpinalSegment(SpinalLevel.parse(parts[0]), SpinalLevel.parse(parts[1]));
    }

    public SpineRegion region() {
        return lower.region() == SpineRegion.SACRAL ? SpineRegion.LUMBAR : upper.region();
    }

    @Override
    public String toString() {
        return upper + "-" + lower;
    }
}
