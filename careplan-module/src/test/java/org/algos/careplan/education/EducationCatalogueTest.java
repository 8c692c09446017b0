package org.algos.careplan.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EducationCatalogueTest {

    @Test
    void theShippedTextsLoadInTheIndexOrder() {
        List<String> codes = EducationCatalogue.all().stream().map(EducationTopic::code).toList();
        assertEquals(List.of("chronic-pain", "pacing", "sleep-and-pain", "pain-diary", "medial-branch-block",
                "radiofrequency-ablation", "epidural-steroid-injection", "opioid-safety"), codes);
    }

    @Test
    void everyTextHasATitleASummaryAReadingTimeAndABodyThatRendersSafely() {
        for (EducationTopic topic : EducationCatalogue.all()) {
            assertFalse(topic.title().isBlank(), topic.code());
            assertTrue(topic.summary().length() <= 200, topic.code() + " summary too long for the chooser");
            assertTrue(topic.minutes() >= 1 && topic.minutes() <= 10, topic.code());
            String html = topic.html();
            assertTrue(html.startsWith("<h3>") || html.startsWith("<p>"), topic.code() + ": " + html);
            assertFalse(html.contains("<h1") || html.contains("<h2") || html.contains("<script"), topic.code());
            assertFalse(html.matches("(?s).*<p>\\p{Ll}.*"), topic.code() + ": a wrapped list line became a paragraph");
            assertTrue(text(topic.code()).contains("Your care team will tell you what applies to you"),
                    topic.code() + " ends by sending the reader to their team");
        }
    }

    @Test
    void theProcedureTextsStateTheClinicalReferencesNumbers() {
        assertTrue(text("medial-branch-block").contains("at least 80 %"), "MBB positive at ≥80 % (CMS LCD L38803)");
        assertTrue(text("radiofrequency-ablation").contains("at most two sessions"), "≤2 RFA per region per 12 months");
        assertTrue(text("epidural-steroid-injection").contains("at most four sessions"), "≤4 ESI per region per 12 months");
        assertTrue(text("pain-diary").contains("2 points or of 30 %"), "NRS rule (Farrar 2001; IMMPACT)");
    }

    @Test
    void findIgnoresCaseAndBlanks() {
        assertEquals("pacing", EducationCatalogue.find(" PACING ").orElseThrow().code());
        assertTrue(EducationCatalogue.find("yoga").isEmpty());
        assertTrue(EducationCatalogue.find(null).isEmpty());
    }

    @Test
    void aTextWithoutItsHeaderOrReadingTimeIsRefused() {
        assertThrows(IllegalStateException.class, () -> EducationCatalogue.parse("x", "title: X\nno separator"));
        assertThrows(IllegalStateException.class,
                () -> EducationCatalogue.parse("x", "title: X\nsummary: s\nminutes: a few\n---\nBody"));
        assertThrows(IllegalArgumentException.class,
                () -> EducationCatalogue.parse("x", "summary: s\nminutes: 3\n---\nBody"));
        EducationTopic parsed = EducationCatalogue.parse("x", "title: X\r\nsummary: s\r\nminutes: 3\r\n---\r\nBody");
        assertEquals("Body", parsed.markdown());
        assertEquals(3, parsed.minutes());
    }

    private static String text(String code) {
        return EducationCatalogue.find(code).orElseThrow().markdown().replace('\n', ' ');
    }
}
