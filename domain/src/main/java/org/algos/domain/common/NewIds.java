package org.algos.domain.common;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.Session;

/**
 * The id a new record will be stored under, drawn from its entity's sequence before the record
 * is persisted. A service that creates a record asks the access guard first, and the audit event
 * of that check names the record it is about by this id. An id drawn for a creation that is then
 * refused or rolled back is never used, like any other gap in a sequence.
 */
public final class NewIds {

    private NewIds() {
    }

    /** The next id of {@code entity}'s sequence; the persistence provider keeps an id set before persisting. */
    public static long next(EntityManager em, Class<?> entity) {
        return em.unwrap(Session.class).getNextSequenceNumberValue(entity).longValue();
    }
}
