/**
 * The care plan slice in FHIR R4: medications as reported US Core MedicationRequests, their MME
 * per day as an Observation, care plans and goals (US Core), case conferences as Communications,
 * and the reading of a referral's medications.
 */
package org.algos.careplan.web.fhir;
