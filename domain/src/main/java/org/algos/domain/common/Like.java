package org.algos.domain.common;

/** A search word as a JPQL LIKE pattern (with {@code escape '\'}): wildcards in it match themselves. */
public final class Like {

    private Like() {
    }

    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
