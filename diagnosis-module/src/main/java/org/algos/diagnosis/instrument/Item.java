package org.algos.diagnosis.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One question of an instrument: its answer key, a short topic and the range of its published
 * item score. The label is a topic in our own words, never the item text, because the texts of
 * licensed instruments (BPI, PCS) may not be shipped.
 */
public record Item(String key, String label, int min, int max) {

    public Item {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (key.isBlank()) {
            throw new IllegalArgumentException("An item needs a key");
        }
        if (min >= max) {
            throw new IllegalArgumentException("Item " + key + " needs min < max, not " + min + ".." + max);
        }
    }

    /** Items keyed "1" … "N" in published order, as the REST contract names them. */
    static List<Item> numbered(int min, int max, String... labels) {
        List<Item> items = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            items.add(new Item(String.valueOf(i + 1), labels[i], min, max));
        }
        return List.copyOf(items);
    }
}
