package org.algos.diagnosis.instrument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.algos.domain.patient.Sex;

/**
 * A patient's answers to one instrument: item key → published item score (yes/no items as
 * 0/1), and the patient's sex where scoring needs it. A missing key or a null value means the
 * item was not answered; a null map means nothing was answered.
 */
public final class Answers {

    private final Map<String, Integer> values;
    private final Sex sex;

    public Answers(Map<String, Integer> values, Sex sex) {
        this.values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.sex = sex;
    }

    /** Answers to an instrument that does not read the patient's sex. */
    public static Answers of(Map<String, Integer> values) {
        return new Answers(values, null);
    }

    /** The answers as given, in the caller's order; may hold null values for skipped items. */
    public Map<String, Integer> values() {
        return values;
    }

    /** The patient's sex, or null when not given. */
    public Sex sex() {
        return sex;
    }

    public boolean isAnswered(String key) {
        return values.get(key) != null;
    }

    /** The answer to an item known to be answered. */
    public int value(String key) {
        Integer value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("Item " + key + " was not answered");
        }
        return value;
    }

    /** Keys of the given items that were not answered, in item order. */
    public List<String> unanswered(List<Item> items) {
        List<String> missing = new ArrayList<>();
        for (Item item : items) {
            if (!isAnswered(item.key())) {
                missing.add(item.key());
            }
        }
        return missing;
    }

    /** Sum of the answered items among {@code items}. */
    public int sum(List<Item> items) {
        int sum = 0;
        for (Item item : items) {
            if (isAnswered(item.key())) {
                sum += value(item.key());
            }
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that && values.equals(that.values) && sex == that.sex;
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, sex);
    }

    @Override
    public String toString() {
        return "Answers" + values + (sex == null ? "" : " sex=" + sex.code());
    }
}
