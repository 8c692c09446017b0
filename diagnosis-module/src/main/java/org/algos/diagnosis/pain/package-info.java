/**
 * Structured pain assessments with NRS scores and the body map of marked regions.
 */
package org.algos.diagnosis.pain;
