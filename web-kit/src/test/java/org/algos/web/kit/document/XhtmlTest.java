package org.algos.web.kit.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class XhtmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        String fragment = new Xhtml().p("<script>alert('x')</script> & \"y\"").toString();
        assertEquals("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;</p>", fragment);
        assertEquals("<script>alert('x')</script> & \"y\"", parse(fragment).getDocumentElement().getTextContent());
    }

    @Test
    void dropsWhatXmlCannotHoldAndKeepsTheRest() {
        String text = "a\u0000b\u0007c\u001Bd\uFFFEe\uD800f\u0085g\tœ\n😀";
        String fragment = new Xhtml().p(text).toString();
        assertEquals("<p>abcdefg\tœ\n😀</p>", fragment);
        parse(fragment);
    }

    @Test
    void nullIsAnEmDash() {
        assertEquals("<h1>\u2014</h1><p><strong>MRN:</strong> \u2014</p>",
                new Xhtml().h1(null).p("MRN:", null).toString());
    }

    @Test
    void tablesHaveColumnHeadersAndACaption() {
        Xhtml table = new Xhtml().table("Scores <2024>", List.of("Date", "Score"),
                List.of(List.of("2024-01-02", "48"), Arrays.asList("2024-02-03", null)));
        Document dom = parse(table.toString());
        assertEquals("Scores <2024>", dom.getElementsByTagName("caption").item(0).getTextContent());
        assertEquals(2, dom.getElementsByTagName("th").getLength());
        for (int i = 0; i < 2; i++) {
            assertEquals("col", ((Element) dom.getElementsByTagName("th").item(i)).getAttribute("scope"));
        }
        assertEquals(4, dom.getElementsByTagName("td").getLength());
        assertEquals("\u2014", dom.getElementsByTagName("td").item(3).getTextContent());
        assertThrows(IllegalArgumentException.class,
                () -> new Xhtml().table(List.of("Date", "Score"), List.of(List.of("2024-01-02"))));
        assertThrows(IllegalArgumentException.class, () -> new Xhtml().table(List.of(), List.of()));
    }

    @Test
    void imagesAreEmbeddedWithTheirAlternativeText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        Element img = (Element) parse(new Xhtml().image(png, "ODI \"falls\" <50%", 480).toString())
                .getElementsByTagName("img").item(0);
        assertEquals("ODI \"falls\" <50%", img.getAttribute("alt"));
        assertEquals("width: 480px", img.getAttribute("style"));
        String src = img.getAttribute("src");
        assertTrue(src.startsWith("data:image/png;base64,"), src);
        assertArrayEquals(png, Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)));
        assertThrows(IllegalArgumentException.class, () -> new Xhtml().image(png, " ", 480));
        assertThrows(IllegalArgumentException.class, () -> new Xhtml().image(png, "chart", 0));
    }

    @Test
    void sectionsListsAndFragmentsNest() {
        Xhtml inner = new Xhtml().list(List.of("Łukasz & Ørsted", "Müller")).list(List.of());
        String fragment = new Xhtml().section("Care team", inner).raw(new Xhtml().p("end")).toString();
        assertEquals("<section><h2>Care team</h2><ul><li>Łukasz &amp; Ørsted</li><li>Müller</li></ul></section>"
                + "<p>end</p>", fragment);
        parse(fragment);
    }

    /** The fragment in a root element, parsed as XML: it must be well-formed. */
    private static Document parse(String fragment) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<root>" + fragment + "</root>")));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed: " + fragment, e);
        }
    }
}
