package io.taskdef.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time test of JsonLexer against the byte-by-byte definition of a plain string byte. */
class JsonLexerTest {

    private static boolean plain(int c) {
        return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
    }

    private static boolean allPlain(long v) {
        for (int k = 0; k < 8; k++) {
            if (!plain((int) (v >>> (8 * k)) & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** Every byte value at every position among plain bytes, and every pair of byte values side by side. */
    @Test
    void everyByteAtEveryPositionAndEveryPair() {
        long filler = 0x6161616161616161L; // "aaaaaaaa"
        for (int c = 0; c < 256; c++) {
            for (int k = 0; k < 8; k++) {
                long v = filler & ~(0xFFL << (8 * k)) | ((long) c << (8 * k));
                assertEquals(allPlain(v), JsonLexer.notPlain(v) == 0, () -> Long.toHexString(v));
            }
            for (int d = 0; d < 256; d++) {
                for (int k = 0; k < 7; k++) {
                    long v = filler & ~(0xFFFFL << (8 * k)) | ((long) c << (8 * k)) | ((long) d << (8 * k + 8));
                    assertEquals(allPlain(v), JsonLexer.notPlain(v) == 0, () -> Long.toHexString(v));
                }
            }
        }
    }

    @Test
    void randomWords() {
        Random r = new Random(7);
        for (int n = 0; n < 1_000_000; n++) {
            long v = r.nextLong();
            if (r.nextBoolean()) {
                v &= 0x7F7F7F7F7F7F7F7FL; // ASCII only: many more plain words
                v |= 0x2020202020202020L;
            }
            long w = v;
            assertEquals(allPlain(w), JsonLexer.notPlain(w) == 0, () -> Long.toHexString(w));
        }
    }
}
