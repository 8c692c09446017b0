package org.algos.careplan.education;

import java.io.Serializable;
import java.util.Objects;

/**
 * One education text of the catalogue.
 *
 * @param code     stable key used by the API and stored with an assignment, e.g. {@code pacing}
 * @param title    the title shown to the patient
 * @param summary  one sentence saying what the text is about, for the team choosing it
 * @param minutes  about how long it takes to read
 * @param markdown the text in the Markdown subset of {@link SafeMarkdown}
 * @param origin   shipped with Algos, or written and approved by this clinic
 */
public record EducationTopic(String code, String title, String summary, int minutes, String markdown,
                             TextOrigin origin) implements Serializable {

    public EducationTopic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(origin, "origin");
        if (code.isBlank() || title.isBlank() || summary.isBlank() || markdown.isBlank()) {
            throw new IllegalArgumentException("An education text needs a code, a title, a summary and a body");
        }
        if (minutes < 1) {
            throw new IllegalArgumentException("Reading time of " + code + " must be at least a minute");
        }
    }

    /** The text as HTML in which every character of the source is escaped. */
    public String html() {
        return SafeMarkdown.toHtml(markdown);
    }
}
