package org.algos.web.kit.api;

/** Reads the version a client names in If-Match ("3", "\"3\"" or W/"3"). */
public final class Versions {

    private Versions() {
    }

    public static Long fromIfMatch(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
