package org.algos.bench;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.algos.web.kit.document.DocumentMeta;
import org.algos.web.kit.document.PdfRenderer;
import org.algos.web.kit.document.TrendImage;
import org.algos.web.kit.document.Xhtml;
import org.algos.web.kit.portal.TrendChart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to render a clinical document as PDF/UA and PDF/A: a one-paragraph document (the fixed
 * cost of a render: fonts, stylesheet, metadata) and a two-page letter with a letterhead, three
 * tables of ten rows and two trend charts of 24 points, whose charts are drawn in the measured
 * time as a request would; and one chart alone, to see its share.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfBenchmark {

    private static final Logger OPENHTMLTOPDF = Logger.getLogger("com.openhtmltopdf");
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 3, 14, 9, 30, 0, 0, ZoneOffset.UTC);

    private final PdfRenderer renderer = new PdfRenderer(1, 60);
    private final DocumentMeta meta = new DocumentMeta("Referral letter", "Dr. Élodie Dubois",
            "Referral for lumbar medial branch blocks", "en", CREATED, "María Fernández", "004217",
            "Algos Pain Clinic\n12 Rue de la Paix, 75002 Paris\n+33 1 23 45 67 89");
    private final List<TrendChart.Point> odi = series(48, 1.2);
    private final List<TrendChart.Point> peg = series(7.5, 0.2);

    @Setup
    public void check() throws IOException {
        OPENHTMLTOPDF.setLevel(Level.WARNING); // a line per render would drown the results
        byte[] letter = letter();
        try (PDDocument pdf = Loader.loadPDF(letter)) {
            System.out.printf("%nletter: %d pages, %d bytes; baseline: %d bytes%n", pdf.getNumberOfPages(),
                    letter.length, baseline().length);
        }
    }

    @Benchmark
    public byte[] baseline() {
        return renderer.render(meta, new Xhtml().h1("Note").p("The patient was seen today; no change.").toString());
    }

    @Benchmark
    public byte[] letter() {
        Xhtml body = new Xhtml().h1("Referral letter")
                .p("Dear Dr. Müller,")
                .p("I saw María Fernández for chronic low back pain, worse on standing and relieved by sitting. "
                        + "Examination and imaging suggest facet-mediated pain; I propose medial branch blocks.")
                .section("Oswestry Disability Index", new Xhtml()
                        .image(TrendImage.png("ODI", "Score (%)", 100, odi, 640, 220), "ODI over 24 months", 640))
                .section("PEG", new Xhtml()
                        .image(TrendImage.png("PEG", "Score", 10, peg, 640, 220), "PEG over 24 months", 640))
                .p("Yours sincerely,").p("Dr. Élodie Dubois");
        for (String table : List.of("Medications", "Procedures", "Assessments")) {
            body.section(table, new Xhtml().table(List.of("Date", "Item", "Detail", "Clinician"), rows(table)));
        }
        return renderer.render(meta, body.toString());
    }

    @Benchmark
    public byte[] oneChart() {
        return TrendImage.png("ODI", "Score (%)", 100, odi, 640, 220);
    }

    private static List<List<String>> rows(String table) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(List.of("2024-%02d-%02d".formatted(i, 2 * i), table + " " + i, "Dose or result " + i * 7,
                    i % 2 == 0 ? "Dr. Łukasz Nowak" : "Dr. Hans Ørsted"));
        }
        return rows;
    }

    private static List<TrendChart.Point> series(double start, double fall) {
        List<TrendChart.Point> points = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            points.add(new TrendChart.Point("2023-%02d".formatted(1 + i % 12), i == 7 ? null : start - i * fall,
                    i == 0, i >= 16));
        }
        return points;
    }
}
