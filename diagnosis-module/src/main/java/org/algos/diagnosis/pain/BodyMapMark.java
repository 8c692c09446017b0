package org.algos.diagnosis.pain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.algos.domain.value.BodyRegion;
import org.algos.domain.value.Laterality;

/** One region marked on the body map, with its side and pain intensity (NRS 0–10). */
@Embeddable
public class BodyMapMark {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BodyRegion region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Laterality side;

    @Column(nullable = false)
    private int intensity;

    protected BodyMapMark() {
    }

    public BodyMapMark(BodyRegion region, Laterality side, int intensity) {
        this.region = region;
        this.side = side;
        this.intensity = intensity;
    }

    public BodyRegion region() {
        return region;
    }

    public Laterality side() {
        return side;
    }

    public int intensity() {
        return intensity;
    }
}
