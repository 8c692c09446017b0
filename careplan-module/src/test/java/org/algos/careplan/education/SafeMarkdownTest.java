package org.algos.careplan.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void headingsParagraphsAndListsBecomeTheirTags() {
        String html = SafeMarkdown.toHtml("""
                ## Before the day

                Tell the team about
                your medicines.

                - one
                - two

                1. first
                2. second
                ### Small heading
                """);
        assertEquals("""
                <h3>Before the day</h3>
                <p>Tell the team about your medicines.</p>
                <ul>
                <li>one</li>
                <li>two</li>
                </ul>
                <ol>
                <li>first</li>
                <li>second</li>
                </ol>
                <h4>Small heading</h4>""", html);
    }

    @Test
    void anIndentedLineContinuesTheListItem() {
        assertEquals("<ul>\n<li><strong>Pain</strong> on a scale from 0 to 10: your usual pain over the day.</li>\n"
                + "<li>Sleep</li>\n</ul>\n<p>After the list.</p>", SafeMarkdown.toHtml("""
                - **Pain** on a scale from 0 to 10: your usual pain
                  over the day.
                - Sleep
                After the list.
                """));
    }

    @Test
    void strongAndEmphasis() {
        assertEquals("<p>A <strong>medial branch</strong> block is a <em>test</em>.</p>",
                SafeMarkdown.toHtml("A **medial branch** block is a *test*."));
    }

    @Test
    void markupInTheTextIsEscapedNeverPassedThrough() {
        String html = SafeMarkdown.toHtml("<script>alert('x')</script> & <b onclick=\"y\">bold</b>\n\n- <img src=x>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b "), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b onclick=&quot;y&quot;&gt;"), html);
    }

    @Test
    void aStarInsideAWordOrOnItsOwnStaysAStar() {
        assertEquals("<p>2 * 3 and a*b</p>", SafeMarkdown.toHtml("2 * 3 and a*b"));
    }

    @Test
    void emptyTextGivesNothing() {
        assertEquals("", SafeMarkdown.toHtml("  \n "));
        assertEquals("", SafeMarkdown.toHtml(null));
    }
}
