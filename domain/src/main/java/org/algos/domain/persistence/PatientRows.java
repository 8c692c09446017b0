package org.algos.domain.persistence;

import jakarta.persistence.EntityManager;

/** Counts of a patient's rows, for the chart's section menu: one count query, whatever the history. */
public final class PatientRows {

    private PatientRows() {
    }

    /** How many rows of {@code entity} (an entity with a {@code patientId} field) the patient has. */
    public static long count(EntityManager em, Class<?> entity, long patientId) {
        return em.createQuery("select count(e) from " + entity.getSimpleName() + " e where e.patientId = :p",
                Long.class).setParameter("p", patientId).getSingleResult();
    }
}
