/**
 * Patients: registration, demographics, and the search of the patients a caller may open.
 */
package org.algos.domain.patient;
