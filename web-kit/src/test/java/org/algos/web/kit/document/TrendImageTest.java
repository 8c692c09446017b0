package org.algos.web.kit.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.algos.web.kit.portal.TrendChart;
import org.junit.jupiter.api.Test;

class TrendImageTest {

    @Test
    void isAPngOfTwiceTheSizeAsked() throws IOException {
        BufferedImage image = decode(TrendImage.png("PEG", "Score", 10, List.of(
                new TrendChart.Point("Jan", 7.0, true, false), new TrendChart.Point("Feb", 5.0, false, false)), 400, 240));
        assertEquals(800, image.getWidth());
        assertEquals(480, image.getHeight());
        assertEquals(Color.WHITE.getRGB(), image.getRGB(0, 0), "white background");
    }

    @Test
    void drawsTheLineAcrossAGapAndTheMcidTriangles() throws IOException {
        List<TrendChart.Point> points = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            points.add(new TrendChart.Point("2024-%02d-01".formatted(1 + i % 12), i == 5 ? null : 50.0 - i,
                    i == 0, i > 30));
        }
        BufferedImage image = decode(TrendImage.png("ODI", "Score (%)", 100, points, 640, 300));
        assertTrue(count(image, Color.decode(TrendChart.LINE)) > 500, "the measure's line");
        assertTrue(count(image, Color.decode(TrendChart.MCID)) > 100, "MCID triangles");
        assertTrue(count(image, Color.decode(TrendChart.BASELINE)) > 100, "the baseline");
    }

    @Test
    void noValuesDrawAnEmptyChartThatSaysSo() throws IOException {
        for (List<TrendChart.Point> none : List.of(List.<TrendChart.Point>of(),
                List.of(new TrendChart.Point("Jan", null, false, false)))) {
            BufferedImage image = decode(TrendImage.png("PHQ-9", "Score", 27, none, 400, 240));
            assertEquals(0, count(image, Color.decode(TrendChart.LINE)), "no line");
            assertTrue(darkPixels(image, 300, 180, 500, 300) > 50, "\"No data\" in the middle");
        }
    }

    @Test
    void refusesASizeNoChartFits() {
        assertThrows(IllegalArgumentException.class, () -> TrendImage.png("PEG", "Score", 10, List.of(), 50, 50));
    }

    @Test
    void gridStepsAreRound() {
        assertEquals(2, TrendImage.niceStep(1.9));
        assertEquals(20, TrendImage.niceStep(20));
        assertEquals(5, TrendImage.niceStep(5.4 / 2));
        assertEquals(10, TrendImage.niceStep(5.4 / 0.6));
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image != null, "a PNG ImageIO reads");
        return image;
    }

    private static int count(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xffffff) == (colour.getRGB() & 0xffffff) ? 1 : 0;
            }
        }
        return n;
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                Color c = new Color(image.getRGB(x, y));
                n += c.getRed() + c.getGreen() + c.getBlue() < 300 ? 1 : 0;
            }
        }
        return n;
    }
}
