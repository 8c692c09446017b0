package org.algos.domain.message;

/** Where a message is: waiting (for its first try or a retry), sent, or given up. */
public enum MessageStatus {
    PENDING,
    SENT,
    /** Every attempt failed; the last error is kept. */
    FAILED,
    /** Not sent: the patient took consent back or removed the address before it went. */
    CANCELLED
}
