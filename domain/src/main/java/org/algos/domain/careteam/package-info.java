/**
 * The patient's care team: who may open the record as a clinician.
 */
package org.algos.domain.careteam;
