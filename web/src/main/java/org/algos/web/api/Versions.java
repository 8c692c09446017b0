package org.algos.web.api;

/** Reads the version a client names in If-Match ("3", "\"3\"" or W/"3"). */
final class Versions {

    private Versions() {
    }

    static Long fromIfMatch(String ifMatch) {
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
