/**
 * Precision diagnosis: pain assessments with a body map, validated instruments scored
 * automatically, coded diagnoses, imaging findings by spinal level, and diagnostic blocks with
 * their measured relief. Depends on the shared kernel only.
 */
package org.algos.diagnosis;
