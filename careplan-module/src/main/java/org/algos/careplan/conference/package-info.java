/**
 * Case conferences: the care team meets about a patient, each discipline gives its view, the team
 * decides, and the decisions become team tasks on the patient's active care plan.
 */
package org.algos.careplan.conference;
