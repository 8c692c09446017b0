package org.algos.careplan.education;

import java.util.regex.Pattern;
import org.algos.domain.common.FieldErrors;

/**
 * A clinic's own education text as its author enters it, before the service checks that the code
 * and the title are free. The body is in the Markdown subset of {@link SafeMarkdown}, which
 * escapes everything, so the only checks on it are that it is there and how long it is.
 */
public record TextDraft(String code, String title, String summary, Integer minutes, String markdown) {

    static final int MAX_CODE = 60;
    static final int MAX_TITLE = 120;
    static final int MAX_SUMMARY = 300;
    static final int MAX_MINUTES = 60;
    static final int MAX_MARKDOWN = 20_000;

    /** Lower-case words joined by hyphens, as the shipped codes are: a stable key in URLs and exports. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The draft with its texts trimmed and checked; {@code errors} names every field that is wrong. */
    TextDraft checked(FieldErrors errors) {
        String checkedCode = errors.requiredText("code", code, MAX_CODE);
        if (checkedCode != null && (checkedCode.length() < 3 || !CODE.matcher(checkedCode).matches())) {
            errors.add("code", "must be 3 to " + MAX_CODE + " lower-case letters or digits, words joined by"
                    + " hyphens (e.g. knee-exercises)");
        }
        String checkedTitle = errors.requiredText("title", title, MAX_TITLE);
        String checkedSummary = errors.requiredText("summary", summary, MAX_SUMMARY);
        if (minutes == null) {
            errors.add("minutes", "is required");
        } else if (minutes < 1 || minutes > MAX_MINUTES) {
            errors.add("minutes", "must be from 1 to " + MAX_MINUTES);
        }
        String body = markdown == null ? null : markdown.replace("\r\n", "\n").strip();
        if (body == null || body.isEmpty()) {
            errors.add("markdown", "is required");
        } else if (body.length() > MAX_MARKDOWN) {
            errors.add("markdown", "must be at most " + MAX_MARKDOWN + " characters");
        }
        return new TextDraft(checkedCode, checkedTitle, checkedSummary, minutes, body);
    }
}
