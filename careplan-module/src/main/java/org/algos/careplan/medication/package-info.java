/**
 * Medication rules of the care plan: the daily morphine milligram equivalent (MME) of a
 * patient's opioids and its level, with the advice of the CDC 2022 guideline as the clinical
 * reference states it ("Opioids: morphine milligram equivalents"). Pure Java, so the rules are
 * tested without a container; the caller reads the medications and hands them in.
 */
package org.algos.careplan.medication;
