package org.algos.diagnosis.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.algos.diagnosis.web.portal.BodyMapShape;
import org.algos.domain.value.BodyRegion;
import org.algos.domain.value.Laterality;
import org.junit.jupiter.api.Test;

class BodyMapShapeTest {

    private static List<BodyMapShape> all() {
        List<BodyMapShape> all = new ArrayList<>(BodyMapShape.frontView());
        all.addAll(BodyMapShape.backView());
        return all;
    }

    @Test
    void everyRegionCanBeMarkedOnAtLeastOneView() {
        Set<BodyRegion> drawn = EnumSet.noneOf(BodyRegion.class);
        all().forEach(s -> drawn.add(s.region()));
        assertEquals(EnumSet.allOf(BodyRegion.class), drawn);
    }

    @Test
    void idsAreUniqueAndNamedByViewRegionAndSide() {
        Set<String> ids = new HashSet<>();
        all().forEach(s -> assertTrue(ids.add(s.id()), "duplicate id " + s.id()));
        assertTrue(ids.contains("bodymap-back-lower_back"));
        assertTrue(ids.contains("bodymap-front-knee-left"));
        assertTrue(ids.contains("bodymap-front-knee-right"));
    }

    @Test
    void shapesStayInsideTheFigure() {
        for (BodyMapShape s : all()) {
            assertTrue(s.x() >= 0 && s.y() >= 0 && s.x() + s.width() <= 200 && s.y() + s.height() <= 440, s::toString);
        }
    }

    @Test
    void fromTheFrontThePatientsRightIsOnTheViewersLeftAndFromTheBackItIsNot() {
        BodyMapShape frontRightKnee = find(BodyMapShape.frontView(), BodyRegion.KNEE, Laterality.RIGHT);
        BodyMapShape frontLeftKnee = find(BodyMapShape.frontView(), BodyRegion.KNEE, Laterality.LEFT);
        BodyMapShape backRightKnee = find(BodyMapShape.backView(), BodyRegion.KNEE, Laterality.RIGHT);
        BodyMapShape backLeftKnee = find(BodyMapShape.backView(), BodyRegion.KNEE, Laterality.LEFT);
        assertTrue(frontRightKnee.x() < frontLeftKnee.x());
        assertTrue(backLeftKnee.x() < backRightKnee.x());
    }

    @Test
    void labelsNameTheSideAndTheView() {
        assertEquals("Left wrist and hand (front)",
                find(BodyMapShape.frontView(), BodyRegion.WRIST_HAND, Laterality.LEFT).label());
        assertEquals("Lower back (lumbar) (back)",
                find(BodyMapShape.backView(), BodyRegion.LOWER_BACK, Laterality.MIDLINE).label());
    }

    private static BodyMapShape find(List<BodyMapShape> view, BodyRegion region, Laterality side) {
        return view.stream().filter(s -> s.region() == region && s.side() == side).findFirst().orElseThrow();
    }
}
