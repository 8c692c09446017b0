package org.algos.web.kit.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.algos.web.kit.portal.TrendChart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfRendererTest {

    static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 3, 14, 9, 30, 15, 0, ZoneOffset.ofHours(1));
    static final DocumentMeta META = new DocumentMeta("Pain management summary", "Dr. Élodie Dubois",
            "Summary of interventional pain care", "en", CREATED, "María Fernández", "004217",
            "Algos Pain Clinic\n12 Rue de la Paix, 75002 Paris");

    private static final Logger QUIET = Logger.getLogger("com.openhtmltopdf");

    static byte[] pdf;
    static long renderMillis;

    @BeforeAll
    static void render() {
        QUIET.setLevel(Level.WARNING);
        PdfRenderer renderer = new PdfRenderer(2, 10);
        renderer.render(META, new Xhtml().h1("Warm-up").toString());
        long start = System.nanoTime();
        pdf = renderer.render(META, threePages().toString());
        renderMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("PdfRendererTest: rendered %d bytes in %d ms%n", pdf.length, renderMillis);
        try {
            Files.write(Path.of("target/pdf-renderer-test.pdf"), pdf);
        } catch (IOException e) {
            // only for looking at by hand
        }
    }

    static Xhtml threePages() {
        List<TrendChart.Point> odi = new ArrayList<>();
        for (int month = 0; month < 12; month++) {
            Double value = month == 4 ? null : 48.0 - month * 2.5;
            odi.add(new TrendChart.Point("2024-" + (month + 1), value, month == 0, month >= 8));
        }
        List<List<String>> visits = new ArrayList<>();
        String[] clinicians = {"Dr. Łukasz Nowak", "Dr. Hans Ørsted", "Dr. Jürgen Müller", "Dr. Élodie Dubois"};
        for (int i = 1; i <= 58; i++) {
            visits.add(List.of("2024-%02d-%02d".formatted(1 + i % 12, 1 + i % 28), clinicians[i % clinicians.length],
                    i % 3 == 0 ? "Lumbar medial branch block" : "Follow-up", Integer.toString(8 - i % 5)));
        }
        return new Xhtml()
                .h1("Pain management summary")
                .p("Date of birth:", "1961-07-02")
                .p("Referring physician:", "Dr. Jürgen Müller")
                .p("Chronic low back pain for six years, worse on standing; facet-mediated pain suspected.")
                .section("Care team", new Xhtml().list(List.of("Dr. Łukasz Nowak, anaesthesia",
                        "Dr. Hans Ørsted, physiotherapy", "Dr. Élodie Dubois, pain medicine")))
                .section("Oswestry Disability Index", new Xhtml()
                        .image(TrendImage.png("ODI", "Score (%)", 100, odi, 640, 300),
                                "ODI from 48% at baseline to 20.5% in December 2024; MCID reached from September", 640))
                .section("Visits", new Xhtml().table("Visits in 2024",
                        List.of("Date", "Clinician", "Visit", "Pain (NRS)"), visits));
    }

    @Test
    void conformsToPdfUaAndPdfA() {
        long start = System.nanoTime();
        List<String> ua = PdfChecks.failedRules(pdf, PDFAFlavour.PDFUA_1);
        long uaMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        List<String> a = PdfChecks.failedRules(pdf, PDFAFlavour.PDFA_3_U);
        long aMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("PdfRendererTest: veraPDF PDF/UA-1 %d ms, PDF/A-3u %d ms%n", uaMillis, aMillis);
        assertEquals(List.of(), ua, "PDF/UA-1");
        assertEquals(List.of(), a, "PDF/A-3u");
    }

    @Test
    void theChecksCatchAnUntaggedPdf() throws IOException {
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            plain.save(out);
            assertFalse(PdfChecks.failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1).isEmpty());
            assertFalse(PdfChecks.failedRules(out.toByteArray(), PDFAFlavour.PDFA_3_U).isEmpty());
        }
    }

    @Test
    void everyPageNamesThePatientAndItsNumber() {
        List<String> pages = PdfChecks.pageTexts(pdf);
        assertEquals(3, pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertEquals(1, PdfChecks.occurrences(page, "María Fernández"), "patient on page " + (i + 1));
            assertEquals(1, PdfChecks.occurrences(page, "MRN 004217"), "MRN on page " + (i + 1));
            assertEquals(1, PdfChecks.occurrences(page, "Page " + (i + 1) + " of 3"), "number of page " + (i + 1));
        }
    }

    @Test
    void namesWithAccentsComeBackAsText() {
        String text = PdfChecks.text(pdf);
        for (String name : List.of("Fernández", "Łukasz", "Ørsted", "Müller", "Dubois", "Élodie")) {
            assertTrue(text.contains(name), name);
        }
        assertTrue(text.contains("Algos Pain Clinic"), "letterhead");
    }

    @Test
    void metadataSaysWhatTheDocumentIs() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("Pain management summary", info.getTitle());
            assertEquals("Dr. Élodie Dubois", info.getAuthor());
            assertEquals("Summary of interventional pain care", info.getSubject());
            assertEquals(CREATED.toInstant(), info.getCreationDate().toInstant());
            assertEquals("en", document.getDocumentCatalog().getLanguage());
            assertNotNull(document.getDocumentCatalog().getMetadata(), "XMP");
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(new ByteArrayInputStream(
                    document.getDocumentCatalog().getMetadata().toByteArray()));
            assertEquals("Pain management summary", xmp.getDublinCoreSchema().getTitle());
            assertEquals(List.of("Dr. Élodie Dubois"), xmp.getDublinCoreSchema().getCreators());
            assertEquals(List.of("en"), xmp.getDublinCoreSchema().getLanguages());
            assertEquals(CREATED.toInstant(), xmp.getXMPBasicSchema().getCreateDate().toInstant());
            assertEquals(3, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("U", xmp.getPDFAIdentificationSchema().getConformance());
        }
    }

    @Test
    void aBusyRendererRefusesRatherThanQueues() throws InterruptedException {
        Semaphore turns = new Semaphore(1);
        PdfRenderer renderer = new PdfRenderer(turns, 0);
        turns.acquire(); // as a render in progress holds it
        RendererBusy busy = assertThrows(RendererBusy.class,
                () -> renderer.render(META, new Xhtml().h1("Letter").toString()));
        assertEquals(1, busy.retryAfterSeconds());
        turns.release();
        assertTrue(renderer.render(META, new Xhtml().h1("Letter").toString()).length > 0);
        assertEquals(1, turns.availablePermits(), "the turn is given back");
    }

    @Test
    void rendersAsManyDocumentsAtOnceAsItHasTurns() throws Exception {
        PdfRenderer renderer = new PdfRenderer(2, 30);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> pdfs = pool.invokeAll(List.of(
                    () -> renderer.render(META, new Xhtml().h1("First letter").toString()),
                    () -> renderer.render(META, new Xhtml().h1("Second letter").toString())));
            assertTrue(PdfChecks.text(pdfs.get(0).get()).contains("First letter"));
            assertTrue(PdfChecks.text(pdfs.get(1).get()).contains("Second letter"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void malformedXhtmlIsTheCallersErrorAndSaysWhere() {
        PdfRenderer renderer = new PdfRenderer(1, 0);
        IllegalArgumentException unclosed = assertThrows(IllegalArgumentException.class,
                () -> renderer.render(META, "<h1>Letter</h1>\n<p>a <b>b</p>"));
        assertTrue(unclosed.getMessage().startsWith("The document body is not well-formed XHTML (line 2"),
                unclosed.getMessage());
        IllegalArgumentException entity = assertThrows(IllegalArgumentException.class,
                () -> renderer.render(META, "<p>a&nbsp;b</p>"));
        assertTrue(entity.getMessage().contains("nbsp"), entity.getMessage());
    }

    @Test
    void aDocumentNeedsItsMetadata() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentMeta(" ", "Dr. A", null, "en", CREATED,
                "María Fernández", "004217"));
        assertThrows(IllegalArgumentException.class, () -> new DocumentMeta("Letter", "Dr. A", null, "not a tag!",
                CREATED, "María Fernández", "004217"));
        assertThrows(IllegalArgumentException.class, () -> new PdfRenderer(0, 10));
    }
}
