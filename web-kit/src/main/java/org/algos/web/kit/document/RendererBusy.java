package org.algos.web.kit.document;

import org.algos.domain.common.BusyException;

/**
 * Every PDF renderer stayed busy for as long as a request may wait: the caller answers 503 with
 * Retry-After rather than queueing more work on a saturated server.
 */
public final class RendererBusy extends BusyException {

    private static final long serialVersionUID = 1L;

    public RendererBusy(int renderers, int retryAfterSeconds) {
        super("All " + renderers + " PDF renderers are busy; try again in " + retryAfterSeconds + " s",
                retryAfterSeconds);
    }
}
