package org.algos.domain.patient;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name for searching: lower case, accents removed, inner spaces collapsed, so that
 * "Ó Briain" is found by "o bri". Stored beside the name and indexed.
 */
public final class SearchKey {

    private SearchKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
