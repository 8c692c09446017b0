package org.algos.web.kit.document;

import java.util.Base64;
import java.util.List;

/**
 * A well-formed XHTML fragment for {@link PdfRenderer}, built element by element so that no
 * caller concatenates markup: every text is escaped, and characters XML 1.0 forbids (and the C1
 * controls, which no font draws) are dropped. A null text renders as an em dash, so a missing
 * value shows as missing rather than as a blank a reader might take for "none".
 *
 * <pre>{@code
 * new Xhtml().h1("Referral letter").p("Diagnosis:", "Lumbar facet arthropathy")
 *         .table(List.of("Date", "Score"), rows).toString()
 * }</pre>
 */
public final class Xhtml {

    /** What a null text renders as. */
    public static final String MISSING = "\u2014";

    private final StringBuilder out = new StringBuilder();

    public Xhtml h1(String text) {
        return element("h1", text);
    }

    public Xhtml h2(String text) {
        return element("h2", text);
    }

    public Xhtml h3(String text) {
        return element("h3", text);
    }

    public Xhtml p(String text) {
        return element("p", text);
    }

    /** A paragraph with a bold label (as given, colon included) and its value. */
    public Xhtml p(String label, String value) {
        out.append("<p><strong>").append(escape(label)).append("</strong> ").append(escape(value)).append("</p>");
        return this;
    }

    /** A bulleted list; an empty list adds nothing (an empty list element has nothing to read). */
    public Xhtml list(List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        out.append("<ul>");
        for (String item : items) {
            element("li", item);
        }
        out.append("</ul>");
        return this;
    }

    /** A table with column headers and no caption. */
    public Xhtml table(List<String> headers, List<List<String>> rows) {
        return table(null, headers, rows);
    }

    /**
     * A table whose headers are marked as column headers (screen readers announce them with
     * each cell) and whose caption, if not null, says what it holds.
     *
     * @throws IllegalArgumentException if there are no headers or a row has another number of cells
     */
    public Xhtml table(String caption, List<String> headers, List<List<String>> rows) {
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column header");
        }
        out.append("<table>");
        if (caption != null) {
            element("caption", caption);
        }
        out.append("<thead><tr>");
        for (String header : headers) {
            out.append("<th scope=\"col\">").append(escape(header)).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("A row has " + row.size() + " cells for " + headers.size()
                        + " columns: " + row);
            }
            out.append("<tr>");
            for (String cell : row) {
                element("td", cell);
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
        return this;
    }

    /**
     * A PNG image, embedded in the document, drawn {@code widthPx} CSS pixels wide (at most the
     * page's width).
     *
     * @param alt what the image shows, for readers who cannot see it (PDF/UA requires it)
     */
    public Xhtml image(byte[] png, String alt, int widthPx) {
        if (alt == null || alt.isBlank()) {
            throw new IllegalArgumentException("An image needs an alternative text");
        }
        if (widthPx <= 0) {
            throw new IllegalArgumentException("An image needs a positive width: " + widthPx);
        }
        out.append("<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                .append("\" alt=\"").append(escape(alt)).append("\" style=\"width: ").append(widthPx).append("px\"/>");
        return this;
    }

    /** A section: a second-level heading and its content. */
    public Xhtml section(String heading, Xhtml content) {
        out.append("<section>");
        h2(heading);
        raw(content);
        out.append("</section>");
        return this;
    }

    /** Appends another fragment as it is (it was escaped when it was built). */
    public Xhtml raw(Xhtml other) {
        out.append(other.out);
        return this;
    }

    /** The fragment, for {@link PdfRenderer#render}. */
    @Override
    public String toString() {
        return out.toString();
    }

    private Xhtml element(String name, String text) {
        out.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
        return this;
    }

    /** Text safe in XHTML content and in attribute values; null becomes {@link #MISSING}. */
    static String escape(String text) {
        if (text == null) {
            return MISSING;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (allowed(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** The text without the characters {@link #escape} drops, for metadata outside the markup. */
    static String plain(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(Xhtml::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** XML 1.0's Char production, less the C1 controls; lone surrogates fall outside it. */
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c < 0x7F) || (c > 0x9F && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
