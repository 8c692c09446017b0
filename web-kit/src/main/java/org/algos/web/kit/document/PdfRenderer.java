package org.algos.web.kit.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Renders clinical documents: an XHTML body fragment (best built with {@link Xhtml}) becomes a
 * tagged, archivable PDF (PDF/UA-1 and PDF/A-3u) on A4 with the kit's stylesheet, DejaVu Sans
 * embedded, the patient's name and MRN at the head of every page and "Page N of M" at its foot.
 *
 * <p>Rendering takes a lot of memory and CPU, so at most {@code algos.documents.renderers}
 * (default 2) documents render at once; a request waits up to {@code algos.documents.wait-seconds}
 * (default 10) for a turn and then gets {@link RendererBusy}, which callers answer with 503.
 */
@ApplicationScoped
public class PdfRenderer {

    /** The JDK's own sRGB profile, the output intent PDF/A requires. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final String STYLESHEET = stylesheet();

    static {
        // openhtmltopdf logs several INFO lines per document ("Prepare to fly"): keep its warnings only
        XRLog.listRegisteredLoggers().forEach(log -> XRLog.setLevel(log, Level.WARNING));
    }

    private final Semaphore turns;
    private final int renderers;
    private final int waitSeconds;

    /** For the CDI container's proxy. */
    protected PdfRenderer() {
        this(2, 10);
    }

    /**
     * @param renderers how many documents may render at once
     * @param waitSeconds how long a request waits for a turn before {@link RendererBusy}
     */
    @Inject
    public PdfRenderer(@ConfigProperty(name = "algos.documents.renderers", defaultValue = "2") int renderers,
            @ConfigProperty(name = "algos.documents.wait-seconds", defaultValue = "10") int waitSeconds) {
        this(new Semaphore(positive(renderers, "renderers"), true), waitSeconds);
    }

    /** With the turns given, so that a test can hold them. */
    PdfRenderer(Semaphore turns, int waitSeconds) {
        if (waitSeconds < 0) {
            throw new IllegalArgumentException("algos.documents.wait-seconds cannot be negative: " + waitSeconds);
        }
        this.turns = turns;
        this.renderers = turns.availablePermits();
        this.waitSeconds = waitSeconds;
    }

    /**
     * The document as PDF.
     *
     * @param bodyXhtml what goes inside {@code <body>}: well-formed XHTML, images as data: URIs
     *        (nothing else is fetched)
     * @throws IllegalArgumentException if the body is not well-formed XHTML
     * @throws RendererBusy if no renderer became free in time
     * @throws IllegalStateException if the document could not be rendered
     */
    public byte[] render(DocumentMeta meta, String bodyXhtml) {
        Document page = parse(meta, bodyXhtml);
        acquire();
        try {
            return pdf(meta, page);
        } finally {
            turns.release();
        }
    }

    private void acquire() {
        try {
            if (!turns.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
                throw new RendererBusy(renderers, Math.max(1, waitSeconds));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RendererBusy(renderers, Math.max(1, waitSeconds));
        }
    }

    private static byte[] pdf(DocumentMeta meta, Document page) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .useColorProfile(SRGB)
                // only the images embedded in the document: no files, no network
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withW3cDocument(page, null);
        font(builder, DocumentFonts.REGULAR, 400, FontStyle.NORMAL);
        font(builder, DocumentFonts.BOLD, 700, FontStyle.NORMAL);
        font(builder, DocumentFonts.OBLIQUE, 400, FontStyle.ITALIC);
        font(builder, DocumentFonts.BOLD_OBLIQUE, 700, FontStyle.ITALIC);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
                PDDocument pdf = renderer.createPDFKeepOpen()) {
            PdfMetadata.complete(pdf, meta);
            pdf.save(out);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not render the document \"" + meta.title() + "\": " + e, e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, byte[] ttf, int weight, FontStyle style) {
        builder.useFont(() -> new ByteArrayInputStream(ttf), DocumentFonts.FAMILY, weight, style, true);
    }

    /** The whole page, parsed here so that a malformed body is the caller's error, said clearly. */
    static Document parse(DocumentMeta meta, String bodyXhtml) {
        String head = head(meta);
        String xhtml = head + bodyXhtml + "\n</body></html>";
        try {
            DocumentBuilder parser = parsers().newDocumentBuilder();
            parser.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            long bodyLine = e.getLineNumber() - head.chars().filter(c -> c == '\n').count();
            throw new IllegalArgumentException("The document body is not well-formed XHTML (line " + bodyLine
                    + ", column " + e.getColumnNumber() + "): " + e.getMessage(), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalArgumentException("The document body could not be read as XHTML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory parsers() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // no DOCTYPE, hence no entities to expand and nothing external to read
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** Everything before the body's content, which starts on a line of its own. */
    private static String head(DocumentMeta meta) {
        String lang = Xhtml.escape(meta.language());
        StringBuilder head = new StringBuilder(STYLESHEET.length() + 512)
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
                .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n<title>").append(Xhtml.escape(meta.title()))
                .append("</title>\n<meta name=\"author\" content=\"").append(Xhtml.escape(meta.author())).append("\"/>\n");
        if (meta.subject() != null) {
            head.append("<meta name=\"subject\" content=\"").append(Xhtml.escape(meta.subject())).append("\"/>\n");
        }
        head.append("<style>\n").append(STYLESHEET).append("</style>\n</head>\n<body>\n")
                .append("<div class=\"patient\">").append(Xhtml.escape(meta.patientName()))
                .append(" \u00b7 MRN ").append(Xhtml.escape(meta.mrn())).append("</div>\n");
        if (meta.letterhead() != null && !meta.letterhead().isBlank()) {
            Xhtml letterhead = new Xhtml();
            meta.letterhead().lines().filter(line -> !line.isBlank()).forEach(line -> letterhead.p(line.strip()));
            head.append("<div class=\"letterhead\">").append(letterhead).append("</div>\n");
        }
        return head.toString();
    }

    private static String stylesheet() {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("document.css")) {
            if (in == null) {
                throw new IllegalStateException("The documents' stylesheet is missing from the web kit");
            }
            // the stylesheet goes into <style> as text: it must hold no markup characters
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("&", "&amp;").replace("<", "&lt;");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException("algos.documents." + name + " must be at least 1: " + value);
        }
        return value;
    }
}
