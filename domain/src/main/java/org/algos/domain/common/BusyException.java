package org.algos.domain.common;

/**
 * A bounded resource (the document renderers, say) stayed busy for as long as a request may
 * wait: the request is answered 503 with Retry-After instead of queueing behind others.
 */
public class BusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    public BusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** What to send as Retry-After, at least a second. */
    public int retryAfterSeconds() {
        return Math.max(1, retryAfterSeconds);
    }
}
