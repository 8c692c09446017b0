package org.algos.domain.port;

import java.time.LocalDate;

/**
 * The slice that asks patients questions (questionnaire requests) tells the clinic's sender what
 * to write about: for each open, unanswered request of a patient who consents to e-mail, one
 * message when it opens and one when it closes within {@code daysBeforeClose}. Implemented by the
 * diagnosis module; the messages go into {@link org.algos.domain.message.PatientMessages}.
 */
public interface RequestReminders {

    /** Queues what is due today (at most {@code limit} of each kind) and says how many were queued. */
    int queueDue(LocalDate today, int daysBeforeClose, int limit);
}
