package org.algos.web.kit.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.algos.web.kit.portal.TrendChart;

/**
 * The portal's trend chart ({@link TrendChart}) drawn as a PNG for documents: the measure's line
 * from 0 to the axis maximum (or above, if a value is higher), the baseline as a dashed line with
 * a diamond at its point, triangles where the change reached the MCID, and a legend. As in the
 * portal, the line joins the points either side of a missing value, which has no mark.
 */
public final class TrendImage {

    /** Pixels per CSS pixel: drawn at twice the size asked for, so that print stays crisp. */
    public static final int SCALE = 2;

    private static final Color LINE = Color.decode(TrendChart.LINE);
    private static final Color BASELINE = Color.decode(TrendChart.BASELINE);
    private static final Color MCID = Color.decode(TrendChart.MCID);
    private static final Color GRID = new Color(0xdde1e6);
    private static final Color TEXT = new Color(0x333333);
    private static final Stroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private TrendImage() {
    }

    /** As {@link #png(String, String, double, List, int, int, String, String)} with English legend words. */
    public static byte[] png(String measure, String axisTitle, double axisMax, List<TrendChart.Point> points,
            int width, int height) {
        return png(measure, axisTitle, axisMax, points, width, height, "Baseline", "MCID reached");
    }

    /**
     * The chart as a PNG of {@code width} x {@code height} CSS pixels, that is {@link #SCALE}
     * times as many image pixels; no values draw the axes and "No data".
     */
    public static byte[] png(String measure, String axisTitle, double axisMax, List<TrendChart.Point> points,
            int width, int height, String baselineLabel, String mcidLabel) {
        Objects.requireNonNull(points, "points");
        if (width < 200 || height < 120) {
            throw new IllegalArgumentException("A chart needs at least 200 x 120 pixels, not " + width + " x " + height);
        }
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(SCALE, SCALE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            new Drawing(g, width, height, points).draw(measure, axisTitle, axisMax, baselineLabel, mcidLabel);
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    /** One chart being drawn, in CSS pixels. */
    private static final class Drawing {
        private final Graphics2D g;
        private final int width;
        private final int height;
        private final List<TrendChart.Point> points;
        private final Font text = DocumentFonts.awt(Font.PLAIN).deriveFont(10f);
        private final Double baseline;
        private final boolean mcid;
        private int left;
        private int right;
        private int top;
        private int bottom;
        private double max;

        Drawing(Graphics2D g, int width, int height, List<TrendChart.Point> points) {
            this.g = g;
            this.width = width;
            this.height = height;
            this.points = points;
            this.baseline = points.stream().filter(TrendChart.Point::baseline).map(TrendChart.Point::value)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            this.mcid = points.stream().anyMatch(p -> p.mcidReached() && p.value() != null);
        }

        void draw(String measure, String axisTitle, double axisMax, String baselineLabel, String mcidLabel) {
            g.setColor(TEXT);
            g.setFont(DocumentFonts.awt(Font.BOLD).deriveFont(12f));
            FontMetrics titleMetrics = g.getFontMetrics();
            g.drawString(measure, (width - titleMetrics.stringWidth(measure)) / 2, titleMetrics.getAscent() + 4);
            g.setFont(text);
            FontMetrics metrics = g.getFontMetrics();
            int line = metrics.getHeight();
            top = titleMetrics.getHeight() + 12;
            bottom = height - 2 * line - 14;
            max = Math.max(axisMax, points.stream().map(TrendChart.Point::value).filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue).max().orElse(0));
            max = max > 0 ? max : 1;
            double step = niceStep(max / 5);
            max = Math.ceil(max / step) * step;
            left = line + 8 + metrics.stringWidth(number(max)) + 6;
            right = width - 12;
            yAxis(axisTitle, step, metrics);
            if (points.stream().allMatch(p -> p.value() == null)) {
                String none = "No data";
                g.setColor(TEXT);
                g.drawString(none, (left + right - metrics.stringWidth(none)) / 2, (top + bottom) / 2);
                return;
            }
            xLabels(metrics);
            if (baseline != null) {
                g.setColor(BASELINE);
                g.setStroke(DASHED);
                g.draw(new Line2D.Double(left, y(baseline), right, y(baseline)));
            }
            series();
            legend(measure, baselineLabel, mcidLabel, metrics);
        }

        private void yAxis(String axisTitle, double step, FontMetrics metrics) {
            g.setStroke(new BasicStroke(0.8f));
            for (double v = 0; v <= max + step / 2; v += step) {
                g.setColor(GRID);
                g.draw(new Line2D.Double(left, y(v), right, y(v)));
                g.setColor(TEXT);
                String label = number(v);
                g.drawString(label, left - 6 - metrics.stringWidth(label), (float) y(v) + metrics.getAscent() / 2f - 1);
            }
            g.setColor(TEXT);
            g.draw(new Line2D.Double(left, top, left, bottom));
            AffineTransform saved = g.getTransform();
            g.translate(metrics.getAscent() + 2, (top + bottom) / 2.0);
            g.rotate(-Math.PI / 2);
            g.drawString(axisTitle, -metrics.stringWidth(axisTitle) / 2f, 0);
            g.setTransform(saved);
        }

        private void xLabels(FontMetrics metrics) {
            int widest = points.stream().mapToInt(p -> metrics.stringWidth(label(p))).max().orElse(0) + 8;
            int room = Math.max(1, (right - left) / Math.max(widest, 1));
            int every = (int) Math.ceil(points.size() / (double) room);
            g.setColor(TEXT);
            for (int i = 0; i < points.size(); i += every) {
                String label = label(points.get(i));
                float x = (float) x(i) - metrics.stringWidth(label) / 2f;
                g.drawString(label, Math.max(0, Math.min(x, width - metrics.stringWidth(label))),
                        bottom + metrics.getAscent() + 4);
            }
        }

        private void series() {
            g.setColor(LINE);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D path = new Path2D.Double();
            boolean started = false;
            for (int i = 0; i < points.size(); i++) {
                Double value = points.get(i).value();
                if (value == null) {
                    continue;
                }
                if (started) {
                    path.lineTo(x(i), y(value));
                } else {
                    path.moveTo(x(i), y(value));
                    started = true;
                }
            }
            g.draw(path);
            for (int i = 0; i < points.size(); i++) {
                TrendChart.Point p = points.get(i);
                if (p.value() != null) {
                    mark(p.baseline() ? BASELINE : p.mcidReached() ? MCID : LINE,
                            p.baseline() ? diamond(x(i), y(p.value()), 5) : p.mcidReached()
                                    ? triangle(x(i), y(p.value()), 5) : circle(x(i), y(p.value()), 3));
                }
            }
        }

        private void legend(String measure, String baselineLabel, String mcidLabel, FontMetrics metrics) {
            int y = height - metrics.getDescent() - 4;
            int textY = y;
            double markY = y - metrics.getAscent() / 2.0 + 1;
            int total = 30 + metrics.stringWidth(measure) + (baseline != null ? 40 + metrics.stringWidth(baselineLabel) : 0)
                    + (mcid ? 26 + metrics.stringWidth(mcidLabel) : 0);
            int x = Math.max(4, (width - total) / 2);
            g.setColor(LINE);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(x, markY, x + 18, markY));
            mark(LINE, circle(x + 9, markY, 3));
            x += 24;
            g.setColor(TEXT);
            g.drawString(measure, x, textY);
            x += metrics.stringWidth(measure) + 16;
            if (baseline != null) {
                g.setColor(BASELINE);
                g.setStroke(DASHED);
                g.draw(new Line2D.Double(x, markY, x + 24, markY));
                x += 30;
                g.setColor(TEXT);
                g.drawString(baselineLabel, x, textY);
                x += metrics.stringWidth(baselineLabel) + 16;
            }
            if (mcid) {
                mark(MCID, triangle(x + 5, markY, 5));
                x += 14;
                g.setColor(TEXT);
                g.drawString(mcidLabel, x, textY);
            }
        }

        private void mark(Color colour, Shape shape) {
            g.setColor(colour);
            g.fill(shape);
        }

        private double x(int index) {
            int n = points.size();
            return n == 1 ? (left + right) / 2.0 : left + 10 + (right - left - 20) * index / (double) (n - 1);
        }

        private double y(double value) {
            return bottom - (bottom - top) * value / max;
        }
    }

    private static String label(TrendChart.Point p) {
        return p.label() == null ? "" : p.label();
    }

    private static Shape circle(double x, double y, double r) {
        return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    }

    private static Shape diamond(double x, double y, double r) {
        Path2D d = new Path2D.Double();
        d.moveTo(x, y - r);
        d.lineTo(x + r, y);
        d.lineTo(x, y + r);
        d.lineTo(x - r, y);
        d.closePath();
        return d;
    }

    private static Shape triangle(double x, double y, double r) {
        Path2D t = new Path2D.Double();
        t.moveTo(x, y - r);
        t.lineTo(x + r, y + r * 0.8);
        t.lineTo(x - r, y + r * 0.8);
        t.closePath();
        return t;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** PNG in memory: ImageIO's default cache would write a temporary file for each image. */
    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
