package io.taskdef.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PlainJsonReader} against the Jackson path of {@link SpecParser}: the same tree, positions and key
 * order for every document it accepts, and for every document it does not, the Jackson path's answer.
 */
class PlainJsonReaderTest {

    private static final SpecParser PARSER = new SpecParser(SpecLimits.DEFAULT);

    /** The tree as text: types, values, positions and key order. */
    private static String describe(SpecNode n) {
        StringBuilder s = new StringBuilder();
        describe(n, s);
        return s.toString();
    }

    private static void describe(SpecNode n, StringBuilder s) {
        s.append('@').append(n.position().line()).append(':').append(n.position().column()).append(' ');
        if (n instanceof SpecNode.Obj o) {
            s.append('{');
            for (Map.Entry<String, SpecNode> e : o.fields().entrySet()) {
                s.append(e.getKey()).append('=');
                describe(e.getValue(), s);
                s.append(',');
            }
            s.append('}');
        } else if (n instanceof SpecNode.Arr a) {
            s.append('[');
            for (SpecNode item : a.items()) {
                describe(item, s);
                s.append(',');
            }
            s.append(']');
        } else if (n instanceof SpecNode.Str str) {
            s.append("str(").append(str.value()).append(')');
        } else if (n instanceof SpecNode.Num num) {
            s.append(num.integral() ? "int(" : "dec(").append(num.text()).append(')');
        } else if (n instanceof SpecNode.Bool bool) {
            s.append(bool.value());
        } else {
            s.append("null");
        }
    }

    /** What parsing gives, as text: the tree and diagnostics, or the exception's every part. */
    private static String outcome(byte[] body, boolean jacksonOnly) {
        try {
            SpecParser.Parsed p = jacksonOnly ? PARSER.parseWithJackson(body, SpecFormat.JSON) : PARSER.parse(body, SpecFormat.JSON);
            return describe(p.root()) + " " + p.diagnostics();
        } catch (MalformedSpecException e) {
            return e.code() + " " + e.getMessage() + " " + e.line() + ":" + e.column() + " " + e.pointer();
        }
    }

    private static final String[] WHITESPACE = {"", " ", "  ", "\t", "\n", "\r\n", "\r", "\n  ", " \r\n\t"};
    private static final String[] TEXT = {"a", "Z", "0", " ", "/", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t",
            "\\u0041", "\\u00e9", "\\u20AC", "\\ud83d\\ude00", "\\uD800", "\\uDC00x", "\u00e9", "\u07ff", "\u0800", "\u20ac",
            "\uffff", "\ud83d\ude00", "\udbff\udfff", "\u007f", "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"};
    private static final String[] NUMBERS = {"0", "-0", "7", "-12", "2147483648", "99999999999999999999", "1.5", "-0.25",
            "1e5", "1E+5", "2.5e-3", "0.0", "10", "123456789"};

    private static String ws(Random r) {
        return WHITESPACE[r.nextInt(WHITESPACE.length)];
    }

    private static String text(Random r) {
        return text(r, false);
    }

    /** A quoted string of pieces of TEXT; a name has no escaped surrogate (Jackson refuses a lone one in a name). */
    private static String text(Random r, boolean name) {
        StringBuilder s = new StringBuilder("\"");
        for (int n = r.nextInt(6); n > 0; n--) {
            String piece = TEXT[r.nextInt(TEXT.length)];
            if (!name || !piece.toLowerCase(java.util.Locale.ROOT).startsWith("\\ud")) {
                s.append(piece);
            }
        }
        return s.append('"').toString();
    }

    private static void value(StringBuilder s, Random r, int depth) {
        int kind = depth > 5 ? 2 + r.nextInt(5) : r.nextInt(7);
        switch (kind) {
            case 0 -> {
                s.append('{').append(ws(r));
                int n = r.nextInt(5);
                for (int k = 0; k < n; k++) {
                    if (k > 0) {
                        s.append(',').append(ws(r));
                    }
                    // distinct names (a duplicate goes to Jackson by design; corruption covers it)
                    s.append("\"k").append(k).append(text(r, true).substring(1)).append(ws(r)).append(':').append(ws(r));
                    value(s, r, depth + 1);
                    s.append(ws(r));
                }
                s.append('}');
            }
            case 1 -> {
                s.append('[').append(ws(r));
                int n = r.nextInt(5);
                for (int k = 0; k < n; k++) {
                    if (k > 0) {
                        s.append(',').append(ws(r));
                    }
                    value(s, r, depth + 1);
                    s.append(ws(r));
                }
                s.append(']');
            }
            case 2, 3 -> s.append(text(r));
            case 4 -> s.append(NUMBERS[r.nextInt(NUMBERS.length)]);
            case 5 -> s.append(r.nextBoolean() ? "true" : "false");
            default -> s.append("null");
        }
    }

    private static byte[] document(Random r) {
        StringBuilder s = new StringBuilder(ws(r));
        value(s, r, 0);
        return s.append(ws(r)).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Generated well-formed documents: the plain reader reads each, exactly as Jackson does. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void wellFormedDocumentsReadAsJacksonReadsThem(long seed) {
        Random r = new Random(seed);
        for (int doc = 0; doc < 300; doc++) {
            byte[] body = document(r);
            SpecNode plain = PlainJsonReader.read(body, SpecLimits.DEFAULT);
            String text = new String(body, StandardCharsets.UTF_8);
            assertNotNull(plain, text);
            assertEquals(describe(PARSER.parseWithJackson(body, SpecFormat.JSON).root()), describe(plain), text);
        }
    }

    /**
     * Every one-byte change of generated documents (replaced by a byte that matters to JSON, or removed): what
     * the parser answers is what the Jackson path answers, whether a tree or an error with its position.
     */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void everyOneByteCorruptionIsAnsweredAsJacksonAnswersIt(long seed) {
        Random r = new Random(seed);
        byte[] replacements = {'"', '\\', '{', '}', '[', ']', ':', ',', ' ', '\n', '\r', '0', '1', '-', '+', '.', 'e', 'u', 'x',
                't', 'n', 0, 0x1f, (byte) 0x80, (byte) 0xC0, (byte) 0xE0, (byte) 0xED, (byte) 0xF0, (byte) 0xF5, (byte) 0xFF};
        for (int doc = 0; doc < 40; doc++) {
            byte[] body = document(r);
            for (int at = 0; at < body.length; at++) {
                for (byte by : replacements) {
                    byte[] changed = body.clone();
                    changed[at] = by;
                    assertEquals(outcome(changed, true), outcome(changed, false), () -> new String(changed, StandardCharsets.ISO_8859_1));
                }
                byte[] shorter = new byte[body.length - 1];
                System.arraycopy(body, 0, shorter, 0, at);
                System.arraycopy(body, at + 1, shorter, at, body.length - at - 1);
                assertEquals(outcome(shorter, true), outcome(shorter, false), () -> new String(shorter, StandardCharsets.ISO_8859_1));
            }
        }
    }

    /** What it leaves to Jackson, by design: each of these comes back as null, and parse gives Jackson's answer. */
    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "{\"a\": 1, \"a\": 2}", "\uFEFF{}", "{} {}", "{\"a\": 01}", "[1.]", "[.5]", "[+1]",
            "[123456789012345678901234567890123]", "[truex]", "[\"\u0001\"]", "[\"\\x\"]", "[\"\\u12G4\"]", "{\"a\" 1}", "{'a': 1}",
            "[1,]", "{\"a\":1,}", "// c\n{}", "[NaN]"})
    void leavesToJackson(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertNull(PlainJsonReader.read(bytes, SpecLimits.DEFAULT));
        assertEquals(outcome(bytes, true), outcome(bytes, false));
    }

    /** Objects past the size its field map scans (8 fields) read as Jackson reads them; a duplicate among them goes to Jackson. */
    @ParameterizedTest
    @ValueSource(ints = {8, 9, 40})
    void manyKeysReadAsJacksonReadsThem(int keys) {
        StringBuilder s = new StringBuilder("{");
        for (int k = 0; k < keys; k++) {
            s.append(k == 0 ? "" : ", ").append("\"k").append(k).append("\": [").append(k).append("]");
        }
        byte[] body = s.append('}').toString().getBytes(StandardCharsets.UTF_8);
        SpecNode plain = PlainJsonReader.read(body, SpecLimits.DEFAULT);
        assertNotNull(plain);
        assertEquals(describe(PARSER.parseWithJackson(body, SpecFormat.JSON).root()), describe(plain));

        byte[] duplicate = s.insert(s.length() - 1, ", \"k" + (keys - 1) + "\": 0").toString().getBytes(StandardCharsets.UTF_8);
        assertNull(PlainJsonReader.read(duplicate, SpecLimits.DEFAULT));
        assertEquals(outcome(duplicate, true), outcome(duplicate, false));
    }

    /** Over each limit, the plain reader gives up, and the Jackson path reports the limit with its pointer. */
    @Test
    void limitsAreLeftToTheJacksonPath() {
        SpecLimits limits = new SpecLimits(2, 3, 5, 10, 10);
        SpecParser small = new SpecParser(limits);
        for (String body : new String[] {"[[[1]]]", "{\"a\": \"abcd\"}", "{\"abcd\": 1}", "{\"image\": 1}", "[1, 2, 3, 4, 5]", "[\"\u00e9\u00e9\u00e9\u00e9\"]"}) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            assertNull(PlainJsonReader.read(bytes, limits), body);
            MalformedSpecException e = org.junit.jupiter.api.Assertions.assertThrows(MalformedSpecException.class,
                    () -> small.parse(bytes, SpecFormat.JSON));
            MalformedSpecException jackson = org.junit.jupiter.api.Assertions.assertThrows(MalformedSpecException.class,
                    () -> small.parseWithJackson(bytes, SpecFormat.JSON));
            assertEquals(jackson.code() + " " + jackson.getMessage() + " " + jackson.pointer(), e.code() + " " + e.getMessage() + " " + e.pointer());
        }
        assertNotNull(PlainJsonReader.read("[[1], \"abc\", 4]".getBytes(StandardCharsets.UTF_8), limits));
    }

    /** The bodies the service sees most: the benchmark's and the bundled examples all take the plain path. */
    @ParameterizedTest
    @ValueSource(strings = {"/bench/small.json", "/bench/medium.json", "/bench/large.json"})
    void benchmarkSpecsTakeThePlainPath(String resource) throws IOException {
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            body = out.toByteArray();
        }
        SpecNode plain = PlainJsonReader.read(body, SpecLimits.DEFAULT);
        assertNotNull(plain);
        assertEquals(describe(PARSER.parseWithJackson(body, SpecFormat.JSON).root()), describe(plain));
    }
}
