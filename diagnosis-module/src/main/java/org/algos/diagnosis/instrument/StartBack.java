package org.algos.diagnosis.instrument;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STarT Back Screening Tool, 9 items. As scored here: items 1–8 score 1 for
 * "agree"; item 9 (bothersomeness, 0 "not at all" … 4 "extremely") counts 1 when "very much" (3)
 * or "extremely" (4); {@code total} 0–9; {@code psychosocial} = items 5–9, 0–5; total ≤3 low risk,
 * otherwise psychosocial ≥4 high risk, else medium risk; no MCID.
 *
 * <p>The reference gives no rule for missing items, so the project conservatively scores only
 * complete forms.
 */
public final class StartBack implements Instrument {

    static final String PSYCHOSOCIAL = "psychosocial";
    private static final String BOTHERSOMENESS = "9";
    private static final int BOTHERSOME_FROM = 3;
    private static final List<String> PSYCHOSOCIAL_ITEMS = List.of("5", "6", "7", "8", BOTHERSOMENESS);

    private static final List<Item> ITEMS = items(
            "Pain spreading down the leg", "Shoulder or neck pain", "Walking only short distances",
            "Dressing more slowly", "Feeling unsafe being active", "Worrying thoughts",
            "Feeling it will never improve", "Less enjoyment of things", "Overall bothersomeness");

    @Override
    public String code() {
        return "STARTBACK";
    }

    @Override
    public String name() {
        return "STarT Back Screening Tool";
    }

    @Override
    public List<Item> items() {
        return ITEMS;
    }

    @Override
    public boolean needsSex() {
        return false;
    }

    @Override
    public Score score(Answers answers) {
        AnswerCheck.require(this, answers);
        Optional<String> incomplete = AnswerCheck.incomplete(this, answers);
        if (incomplete.isPresent()) {
            return Score.invalid(incomplete.get(), List.of());
        }
        int total = 0;
        int psychosocial = 0;
        for (Item item : ITEMS) {
            int points = points(item.key(), answers.value(item.key()));
            total += points;
            if (PSYCHOSOCIAL_ITEMS.contains(item.key())) {
                psychosocial += points;
            }
        }
        return new Score(total, null, band(total, psychosocial), Map.of(PSYCHOSOCIAL, (double) psychosocial),
                List.of(), true, null);
    }

    private static int points(String key, int value) {
        if (BOTHERSOMENESS.equals(key)) {
            return value >= BOTHERSOME_FROM ? 1 : 0;
        }
        return value;
    }

    private static String band(int total, int psychosocial) {
        if (total <= 3) {
            return "low risk";
        }
        return psychosocial >= 4 ? "high risk" : "medium risk";
    }

    @Override
    public Optional<Mcid> mcid() {
        return Optional.empty();
    }

    /** The total. */
    @Override
    public double changeMetric(Score score) {
        return score.requireValid().total();
    }

    @Override
    public String source() {
        return "STarT Back Screening Tool, 9 items (Hill 2008, Arthritis Rheum 59:632)";
    }

    /** Items 1–8 are agree (1) / disagree (0); item 9 is answered 0–4. */
    private static List<Item> items(String... labels) {
        List<Item> agreeItems = Item.numbered(0, 1, labels);
        return agreeItems.stream()
                .map(item -> BOTHERSOMENESS.equals(item.key()) ? new Item(item.key(), item.label(), 0, 4) : item)
                .toList();
    }
}
