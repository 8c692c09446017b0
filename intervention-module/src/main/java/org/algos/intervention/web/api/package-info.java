/**
 * The intervention slice's REST resources: procedures, eligibility with holds, the day's worklist.
 */
package org.algos.intervention.web.api;
