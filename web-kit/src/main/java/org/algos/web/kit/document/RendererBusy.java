package org.algos.web.kit.document;

/**
 * Every PDF renderer stayed busy for as long as a request may wait: the caller answers 503 with
 * Retry-After rather than queueing more work on a saturated server.
 */
public final class RendererBusy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    public RendererBusy(int renderers, int retryAfterSeconds) {
        super("All " + renderers + " PDF renderers are busy; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** What to send as Retry-After: one wait, at least a second. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
