/**
 * Coded diagnoses (ICD-10-CM, ICD-11) from the clinic's code list, offered to the care plan as
 * problems through the domain port ProblemList.
 */
package org.algos.diagnosis.diagnosis;
