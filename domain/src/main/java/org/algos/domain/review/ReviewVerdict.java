package org.algos.domain.review;

/** What the auditor concluded about one break-glass grant. */
public enum ReviewVerdict {
    JUSTIFIED("justified", "justified"),
    /** Needs a note saying why, for whoever follows it up. */
    NOT_JUSTIFIED("not-justified", "not justified");

    private final String code;
    private final String words;

    ReviewVerdict(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** The verdict's code in the API: {@code justified} or {@code not-justified}. */
    public String code() {
        return code;
    }

    /** The verdict in words, as pages and audit details show it. */
    public String words() {
        return words;
    }
}
