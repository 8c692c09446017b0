package org.algos.web.kit.api;

/**
 * Checks bytes as they arrive against UTF-8 as Unicode defines it (Table 3-7, "Well-Formed
 * UTF-8 Byte Sequences"): no overlong forms, no surrogates, nothing above U+10FFFF, no sequence
 * cut short at the end. JSON travels in UTF-8 (RFC 8259, section 8.1); a decoder would quietly
 * turn a bad byte into U+FFFD and store that instead of what the client meant.
 */
public final class Utf8Stream {

    private int needed;
    private int low = 0x80;
    private int high = 0xBF;

    /** Checks {@code length} bytes from {@code offset}; throws at the first that cannot be UTF-8. */
    public void accept(byte[] bytes, int offset, int length) throws BodyNotUtf8 {
        for (int i = offset; i < offset + length; i++) {
            accept(bytes[i] & 0xFF);
        }
    }

    public void accept(int b) throws BodyNotUtf8 {
        if (needed > 0) {
            if (b < low || b > high) {
                throw new BodyNotUtf8();
            }
            needed--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            lead(b);
        }
    }

    /** The end of the bytes: a sequence still open is cut short. */
    public void end() throws BodyNotUtf8 {
        if (needed > 0) {
            throw new BodyNotUtf8();
        }
    }

    private void lead(int b) throws BodyNotUtf8 {
        if (b >= 0xC2 && b <= 0xDF) {
            needed = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            needed = 2;
            low = b == 0xE0 ? 0xA0 : 0x80; // E0: no overlong three-byte forms
            high = b == 0xED ? 0x9F : 0xBF; // ED: no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            needed = 3;
            low = b == 0xF0 ? 0x90 : 0x80; // F0: no overlong four-byte forms
            high = b == 0xF4 ? 0x8F : 0xBF; // F4: nothing above U+10FFFF
        } else {
            throw new BodyNotUtf8(); // a continuation byte first, C0/C1 (overlong) or F5..FF
        }
    }
}
