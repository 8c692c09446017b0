/**
 * The diagnosis slice's REST resources: questionnaires and their scores, pain assessments,
 * diagnoses, imaging findings, diagnostic blocks, safety alerts and questionnaire requests.
 */
package org.algos.diagnosis.web.api;
