package org.algos.diagnosis.instrument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.algos.domain.common.FieldErrors;

/**
 * The checks every instrument runs before scoring, so that bad input is a 400 naming each
 * wrong field rather than a wrong score: unknown keys, values outside the item's range, and a
 * missing sex where the points depend on it.
 */
public final class AnswerCheck {

    private AnswerCheck() {
    }

    /**
     * @throws org.algos.domain.common.InvalidInputException listing every problem at once
     */
    public static void require(Instrument instrument, Answers answers) {
        Objects.requireNonNull(answers, "answers");
        Map<String, Item> items = new HashMap<>();
        for (Item item : instrument.items()) {
            items.put(item.key(), item);
        }
        FieldErrors errors = new FieldErrors();
        answers.values().forEach((key, value) -> {
            Item item = items.get(key);
            if (item == null) {
                errors.add("answers." + key, "is not an item of " + instrument.code());
            } else if (value != null && (value < item.min() || value > item.max())) {
                errors.add("answers." + key, "must be between " + item.min() + " and " + item.max());
            }
        });
        if (instrument.needsSex() && answers.sex() == null) {
            errors.add("sex", "is required for " + instrument.code() + " (points differ by sex)");
        }
        errors.throwIfAny();
    }

    /**
     * For instruments scored only when complete: why the answers cannot be scored, or empty
     * when every item is answered.
     */
    static Optional<String> incomplete(Instrument instrument, Answers answers) {
        List<String> missing = answers.unanswered(instrument.items());
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(instrument.code() + " is scored only when all " + instrument.items().size()
                + " items are answered; missing: " + String.join(", ", missing));
    }
}
