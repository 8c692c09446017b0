/**
 * Targeted interventions: the procedure catalogue with CPT codes, eligibility and safety rules
 * from published criteria, scheduling, the pre-procedure checklist, procedure notes and
 * follow-up outcomes. Depends on the shared kernel only.
 */
package org.algos.intervention;
