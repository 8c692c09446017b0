/**
 * Messages to patients outside the portal (e-mail reminders): an outbox that records every
 * message, what it said, to whom and when it went, so sending can be retried and audited without
 * ever holding up the request that caused it.
 */
package org.algos.domain.message;
