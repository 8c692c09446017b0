/**
 * Psychological evaluations and the neuromodulation clearance they give the intervention rules
 * (through the domain port NeuromodulationClearance).
 */
package org.algos.careplan.psych;
