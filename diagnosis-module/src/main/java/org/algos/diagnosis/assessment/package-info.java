/**
 * Questionnaire assessments scored on the server, their histories with baseline and MCID,
 * safety alerts they raise, and questionnaire requests to the patient.
 */
package org.algos.diagnosis.assessment;
