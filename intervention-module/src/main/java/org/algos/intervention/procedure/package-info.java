/**
 * Procedures booked and recorded: eligibility on booking, the safety checklist, the note,
 * completion and follow-up outcomes.
 */
package org.algos.intervention.procedure;
