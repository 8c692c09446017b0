package org.algos.web.kit.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks of rendered PDFs for tests, here and in the web module's integration tests: their text,
 * page by page, and what veraPDF finds against PDF/UA-1 and PDF/A-3u.
 */
public final class PdfChecks {

    static {
        // once per JVM: veraPDF's foundry is a process-wide registry
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** All the text of the document, as a reader would extract it. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, first page first. */
    public static List<String> pageTexts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How often {@code part} occurs in {@code text}. */
    /** How many images the pages draw (each image XObject of each page's resources). */
    public static int imageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int images = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /**
     * The rules of {@code flavour} the document breaks, each as "clause-test: description (n
     * times)"; empty if it conforms.
     */
    public static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> messages = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    messages.putIfAbsent(rule(assertion.getRuleId().getClause(), assertion.getRuleId().getTestNumber()),
                            assertion.getMessage());
                }
            }
            List<String> failed = new ArrayList<>();
            result.getFailedChecks().forEach((rule, times) -> {
                String key = rule(rule.getClause(), rule.getTestNumber());
                failed.add(key + ": " + messages.getOrDefault(key, "") + " (" + times + " times)");
            });
            failed.sort(null);
            return failed;
        } catch (ModelParsingException | EncryptedPdfException | ValidationException | IOException e) {
            throw new IllegalStateException("veraPDF could not check the document against " + flavour, e);
        }
    }

    /** Asserts that veraPDF finds no failed rule of PDF/UA-1 or of PDF/A-3u. */
    public static void assertPdfUaAndPdfA(byte[] pdf) {
        assertEquals(List.of(), failedRules(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1 rules failed");
        assertEquals(List.of(), failedRules(pdf, PDFAFlavour.PDFA_3_U), "PDF/A-3u rules failed");
    }

    private static String rule(String clause, int test) {
        return clause + "-" + test;
    }
}
