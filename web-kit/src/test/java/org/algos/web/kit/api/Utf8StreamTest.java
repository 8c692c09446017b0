package org.algos.web.kit.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The well-formed sequences of Unicode's Table 3-7, and the ill-formed ones it names. */
class Utf8StreamTest {

    private static void check(byte[] bytes) throws BodyNotUtf8 {
        Utf8Stream utf8 = new Utf8Stream();
        utf8.accept(bytes, 0, bytes.length);
        utf8.end();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void everyWellFormedFormPasses() {
        for (String text : new String[] {"plain ASCII", "Müller", "5 €", "脊椎", "\ud83d\ude00", "\udbff\udfff", ""}) {
            assertDoesNotThrow(() -> check(text.getBytes(StandardCharsets.UTF_8)), text);
        }
        assertDoesNotThrow(() -> check(bytes(0xE0, 0xA0, 0x80)), "U+0800, the first three-byte form");
        assertDoesNotThrow(() -> check(bytes(0xED, 0x9F, 0xBF)), "U+D7FF, just below the surrogates");
        assertDoesNotThrow(() -> check(bytes(0xEE, 0x80, 0x80)), "U+E000, just above them");
        assertDoesNotThrow(() -> check(bytes(0xF0, 0x90, 0x80, 0x80)), "U+10000");
    }

    @Test
    void illFormedBytesAreRefused() {
        int[][] refused = {
            {0xFF}, {0xFE}, {0x80}, {0xBF}, // never a lead byte
            {0xC0, 0x80}, {0xC1, 0xBF}, // overlong two-byte forms (C0 80 is NUL)
            {0xE0, 0x80, 0x80}, {0xE0, 0x9F, 0xBF}, // overlong three-byte forms
            {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF}, // surrogates D800 and DFFF
            {0xF0, 0x80, 0x80, 0x80}, {0xF0, 0x8F, 0xBF, 0xBF}, // overlong four-byte forms
            {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, // above U+10FFFF
            {0xC3, 0x41}, {0xE2, 0x82, 0x41}, // a continuation missing
            {0x41, 0xC3}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, // cut short at the end
        };
        for (int[] sequence : refused) {
            assertThrows(BodyNotUtf8.class, () -> check(bytes(sequence)), Arrays.toString(sequence));
        }
    }

    @Test
    void aSequenceMaySpanTwoReads() throws BodyNotUtf8 {
        Utf8Stream utf8 = new Utf8Stream();
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        utf8.accept(euro, 0, 1);
        utf8.accept(euro, 1, 2);
        utf8.end();
        Utf8Stream cut = new Utf8Stream();
        cut.accept(euro, 0, 2);
        assertThrows(BodyNotUtf8.class, cut::end);
    }
}
