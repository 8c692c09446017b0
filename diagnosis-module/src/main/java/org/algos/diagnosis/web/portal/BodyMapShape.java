package org.algos.diagnosis.web.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.algos.domain.value.BodyRegion;
import org.algos.domain.value.Laterality;

/**
 * One clickable region of the body map: a rounded rectangle in a 200 × 440 figure, seen from
 * the front or the back. Paired regions have a shape per side, central ones a single midline
 * shape. Seen from the front the patient's right side is on the viewer's left.
 */
public record BodyMapShape(String view, BodyRegion region, Laterality side, int x, int y, int width, int height,
                           int rx) implements Serializable {

    public static final String FRONT = "front";
    public static final String BACK = "back";
    private static final int FIGURE_WIDTH = 200;

    private static final List<BodyMapShape> FRONT_SHAPES = front();
    private static final List<BodyMapShape> BACK_SHAPES = back();

    public static List<BodyMapShape> frontView() {
        return FRONT_SHAPES;
    }

    public static List<BodyMapShape> backView() {
        return BACK_SHAPES;
    }

    /** The element id, e.g. {@code bodymap-back-lower_back} or {@code bodymap-front-knee-left}. */
    public String id() {
        return "bodymap-" + view + "-" + region.code() + (side == Laterality.MIDLINE ? "" : "-" + side.code());
    }

    /** What a screen reader and the tooltip say, e.g. "Left knee (front)". */
    public String label() {
        return sidedLabel(region, side) + " (" + view + ")";
    }

    static String sidedLabel(BodyRegion region, Laterality side) {
        if (side == Laterality.MIDLINE) {
            return region.label();
        }
        String name = side.code();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " "
                + region.label().substring(0, 1).toLowerCase(Locale.ROOT) + region.label().substring(1);
    }

    private static List<BodyMapShape> front() {
        Figure f = new Figure(FRONT, Laterality.RIGHT);
        f.midline(BodyRegion.HEAD, 78, 4, 44, 30, 15);
        f.midline(BodyRegion.FACE, 81, 34, 38, 24, 10);
        f.midline(BodyRegion.NECK, 88, 60, 24, 16, 4);
        f.paired(BodyRegion.SHOULDER, 40, 78, 24, 24, 10);
        f.midline(BodyRegion.CHEST, 66, 78, 68, 56, 8);
        f.midline(BodyRegion.ABDOMEN, 68, 136, 64, 50, 8);
        f.paired(BodyRegion.UPPER_ARM, 38, 104, 22, 52, 8);
        f.paired(BodyRegion.ELBOW, 36, 158, 22, 18, 8);
        f.paired(BodyRegion.FOREARM, 32, 178, 22, 50, 8);
        f.paired(BodyRegion.WRIST_HAND, 28, 230, 24, 34, 10);
        f.paired(BodyRegion.HIP, 60, 188, 18, 30, 6);
        f.midline(BodyRegion.PELVIS_GROIN, 80, 188, 40, 30, 8);
        legs(f, 220, 70);
        return f.shapes;
    }

    private static List<BodyMapShape> back() {
        Figure f = new Figure(BACK, Laterality.LEFT);
        f.midline(BodyRegion.HEAD, 78, 4, 44, 54, 20);
        f.midline(BodyRegion.NECK, 88, 60, 24, 16, 4);
        f.paired(BodyRegion.SHOULDER, 40, 78, 24, 24, 10);
        f.midline(BodyRegion.UPPER_BACK, 66, 78, 68, 60, 8);
        f.midline(BodyRegion.LOWER_BACK, 68, 140, 64, 46, 8);
        f.paired(BodyRegion.UPPER_ARM, 38, 104, 22, 52, 8);
        f.paired(BodyRegion.ELBOW, 36, 158, 22, 18, 8);
        f.paired(BodyRegion.FOREARM, 32, 178, 22, 50, 8);
        f.paired(BodyRegion.WRIST_HAND, 28, 230, 24, 34, 10);
        f.paired(BodyRegion.SACROILIAC, 72, 188, 27, 18, 6);
        f.paired(BodyRegion.BUTTOCK, 66, 208, 33, 34, 12);
        legs(f, 244, 46);
        return f.shapes;
    }

    private static void legs(Figure f, int thighTop, int thighHeight) {
        f.paired(BodyRegion.THIGH, 68, thighTop, 30, thighHeight, 10);
        f.paired(BodyRegion.KNEE, 70, 292, 26, 24, 10);
        f.paired(BodyRegion.LOWER_LEG, 72, 318, 24, 68, 10);
        f.paired(BodyRegion.ANKLE_FOOT, 66, 390, 30, 30, 10);
    }

    /** Builds one view; a paired region is given by its shape on the viewer's left and mirrored. */
    private static final class Figure {

        private final String view;
        private final Laterality viewersLeft;
        private final List<BodyMapShape> shapes = new ArrayList<>();

        Figure(String view, Laterality viewersLeft) {
            this.view = view;
            this.viewersLeft = viewersLeft;
        }

        void midline(BodyRegion region, int x, int y, int width, int height, int rx) {
            shapes.add(new BodyMapShape(view, region, Laterality.MIDLINE, x, y, width, height, rx));
        }

        void paired(BodyRegion region, int x, int y, int width, int height, int rx) {
            Laterality viewersRight = viewersLeft == Laterality.LEFT ? Laterality.RIGHT : Laterality.LEFT;
            shapes.add(new BodyMapShape(view, region, viewersLeft, x, y, width, height, rx));
            shapes.add(new BodyMapShape(view, region, viewersRight, FIGURE_WIDTH - x - width, y, width, height, rx));
        }
    }
}
