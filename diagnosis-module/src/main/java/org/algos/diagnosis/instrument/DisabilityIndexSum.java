package org.algos.diagnosis.instrument;

import java.util.List;

/**
 * The shared arithmetic of the Oswestry and Neck Disability Indexes: items scored 0–5, the sum as
 * a percent of the maximum of the items answered, scorable with at most one item missing
 * (one missing section lowers the maximum by 5: 16 of 45 gives 35.6 %).
 */
record DisabilityIndexSum(int answered, int sum, int maximum, double percent) {

    static final int MIN_ANSWERED = 9;
    static final int ITEM_MAXIMUM = 5;

    static DisabilityIndexSum of(List<Item> items, Answers answers) {
        int answered = items.size() - answers.unanswered(items).size();
        int sum = answers.sum(items);
        int maximum = ITEM_MAXIMUM * answered;
        double percent = maximum == 0 ? 0 : Score.oneDecimal(sum * 100.0 / maximum);
        return new DisabilityIndexSum(answered, sum, maximum, percent);
    }

    boolean scorable() {
        return answered >= MIN_ANSWERED;
    }
}
