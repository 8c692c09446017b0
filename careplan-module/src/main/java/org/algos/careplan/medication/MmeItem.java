package org.algos.careplan.medication;

/**
 * One line of the MME answer: the medication as entered, the factor applied and its daily MME,
 * or why it is not counted. {@code mme} is cut to one decimal for display.
 *
 * @param drug    generic name in lower case
 * @param factor  the CDC 2022 factor; empty when the drug is not converted
 * @param mme     MME per day; empty when not counted
 * @param counted whether {@code mme} is part of the total
 * @param note    how the line was converted or why it is not counted; empty for a plain conversion
 */
public record MmeItem(String drug, Double doseMg, Double dosesPerDay, Double mcgPerHour, Double factor, Double mme,
                      boolean counted, String note) {
}
