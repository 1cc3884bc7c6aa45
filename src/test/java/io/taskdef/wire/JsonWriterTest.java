package io.taskdef.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonGenerator;

/** {@link JsonWriter} writes the bytes Jackson's generator writes, for every character and every structure. */
class JsonWriterTest {

    /** Each operation, done the same way on both writers. */
    private interface Op {
        void on(JsonWriter w);

        void on(JsonGenerator g);
    }

    private static byte[] jackson(List<Op> ops) {
        return Json.bytes((Consumer<JsonGenerator>) g -> ops.forEach(op -> op.on(g)));
    }

    private static byte[] ours(List<Op> ops, int capacity) {
        JsonWriter w = new JsonWriter(capacity);
        ops.forEach(op -> op.on(w));
        return w.toByteArray();
    }

    private static Op string(String s) {
        return new Op() {
            public void on(JsonWriter w) {
                w.writeString(s);
            }

            public void on(JsonGenerator g) {
                g.writeString(s);
            }
        };
    }

    private static Op name(String s, boolean preEncoded) {
        JsonWriter.Name n = JsonWriter.name(s);
        return new Op() {
            public void on(JsonWriter w) {
                if (preEncoded) {
                    w.writeName(n);
                } else {
                    w.writeName(s);
                }
            }

            public void on(JsonGenerator g) {
                g.writeName(s);
            }
        };
    }

    private static Op simple(Consumer<JsonWriter> ours, Consumer<JsonGenerator> theirs) {
        return new Op() {
            public void on(JsonWriter w) {
                ours.accept(w);
            }

            public void on(JsonGenerator g) {
                theirs.accept(g);
            }
        };
    }

    @Test
    void everyCharOfTheBasicPlaneAndEveryAstralPairIsWrittenAsJacksonWritesIt() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "a" + (char) c + "b" + (char) c;
            List<Op> ops = List.of(string(s));
            assertArrayEquals(jackson(ops), ours(ops, 4), () -> "char U+" + Integer.toHexString(s.charAt(1)));
            List<Op> asName = List.of(simple(JsonWriter::writeStartObject, JsonGenerator::writeStartObject), name(s, false),
                    string(s), simple(JsonWriter::writeEndObject, JsonGenerator::writeEndObject));
            assertArrayEquals(jackson(asName), ours(asName, 4));
        }
        for (int cp : new int[] {0x10000, 0x1F600, 0x10FFFF}) {
            List<Op> ops = List.of(string("x" + Character.toString(cp) + "y"));
            assertArrayEquals(jackson(ops), ours(ops, 1));
        }
    }

    @Test
    void loneAndReversedSurrogatesAreEscapedAsJacksonEscapesThem() {
        for (String s : new String[] {"\uD800", "x\uD800", "\uDC00y", "\uDC00\uD800", "\uD800\uD800\uDC00", "\uD83D\uDE00\uDE00"}) {
            List<Op> ops = List.of(string(s));
            assertArrayEquals(jackson(ops), ours(ops, 2), s::toString);
        }
        assertEquals("\"x\\uD800\"", new String(ours(List.of(string("x\uD800")), 2), StandardCharsets.UTF_8));
    }

    /** Random documents of nested objects and arrays, names, strings, numbers, booleans, nulls and raw JSON. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void randomDocumentsAreByteForByteJacksons(long seed) {
        Random r = new Random(seed);
        String alphabet = "abcXYZ019 /:-_.\"\\\t\n\u0000\u001f\u007f\u00e9\u0100\u07ff\u0800\u20ac\u2028\uffff\uD83D\uDE00\uD800\uDC00";
        for (int doc = 0; doc < 200; doc++) {
            List<Op> ops = new ArrayList<>();
            value(ops, r, alphabet, 0);
            assertArrayEquals(jackson(ops), ours(ops, 1 + r.nextInt(64)), () -> new String(jackson(ops), StandardCharsets.UTF_8));
        }
    }

    private static void value(List<Op> ops, Random r, String alphabet, int depth) {
        int kind = depth >= 4 ? 2 + r.nextInt(6) : r.nextInt(8);
        switch (kind) {
            case 0 -> {
                ops.add(simple(JsonWriter::writeStartObject, JsonGenerator::writeStartObject));
                for (int i = r.nextInt(4); i > 0; i--) {
                    ops.add(name(text(r, alphabet), r.nextBoolean()));
                    value(ops, r, alphabet, depth + 1);
                }
                ops.add(simple(JsonWriter::writeEndObject, JsonGenerator::writeEndObject));
            }
            case 1 -> {
                ops.add(simple(JsonWriter::writeStartArray, JsonGenerator::writeStartArray));
                for (int i = r.nextInt(4); i > 0; i--) {
                    value(ops, r, alphabet, depth + 1);
                }
                ops.add(simple(JsonWriter::writeEndArray, JsonGenerator::writeEndArray));
            }
            case 2, 3 -> ops.add(string(text(r, alphabet)));
            case 4 -> {
                long n = switch (r.nextInt(4)) {
                    case 0 -> r.nextInt(10);
                    case 1 -> r.nextInt();
                    case 2 -> r.nextLong();
                    default -> r.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
                };
                ops.add(simple(w -> w.writeNumber(n), g -> g.writeNumber(n)));
            }
            case 5 -> {
                boolean b = r.nextBoolean();
                ops.add(simple(w -> w.writeBoolean(b), g -> g.writeBoolean(b)));
            }
            case 6 -> ops.add(r.nextBoolean() ? string(null) : simple(JsonWriter::writeNull, JsonGenerator::writeNull));
            default -> {
                RawJson raw = new RawJson(("{\"raw\":[" + r.nextInt(100) + ",\"\u00e9\"]}").getBytes(StandardCharsets.UTF_8));
                ops.add(simple(w -> w.writeRawValue(raw), g -> g.writeRawValue(raw)));
            }
        }
    }

    private static String text(Random r, String alphabet) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(r.nextBoolean() ? 4 : 40); i > 0; i--) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void growsPastItsInitialCapacityInEveryWrite() {
        String big = "\u20ac".repeat(5_000);
        List<Op> ops = List.of(simple(JsonWriter::writeStartArray, JsonGenerator::writeStartArray), string(big), string(big + "x"),
                simple(JsonWriter::writeEndArray, JsonGenerator::writeEndArray));
        assertArrayEquals(jackson(ops), ours(ops, 16));
    }

    /** Writers on the thread's spare buffer: one after another, one inside another, past the kept size. */
    @Test
    void writersOnTheSpareBufferNeverShareIt() {
        JsonWriter outer = JsonWriter.reusingBuffer();
        outer.writeStartArray();
        outer.writeString("outer");
        JsonWriter inner = JsonWriter.reusingBuffer();
        inner.writeString("inner");
        assertEquals("\"inner\"", new String(inner.toByteArray(), StandardCharsets.UTF_8));
        JsonWriter next = JsonWriter.reusingBuffer();
        next.writeString("x".repeat(100_000));
        assertEquals(100_002, next.toByteArray().length);
        outer.writeEndArray();
        assertEquals("[\"outer\"]", new String(outer.toByteArray(), StandardCharsets.UTF_8));
        for (int i = 0; i < 3; i++) {
            JsonWriter again = JsonWriter.reusingBuffer();
            again.writeNumber(i);
            assertEquals(String.valueOf(i), new String(again.toByteArray(), StandardCharsets.UTF_8));
        }
    }

    /** writeTo hands over exactly what toByteArray would return, and gives the buffer back even when the sink fails. */
    @Test
    void writeToHandsOverTheDocumentAndGivesTheBufferBack() throws IOException {
        JsonWriter w = JsonWriter.reusingBuffer();
        w.writeStartArray();
        w.writeString("a\u20ac\"");
        w.writeEndArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.writeTo(out::write);
        assertEquals("[\"a\u20ac\\\"\"]", out.toString(StandardCharsets.UTF_8));

        JsonWriter failing = JsonWriter.reusingBuffer();
        failing.writeString("first");
        assertThrows(IOException.class, () -> failing.writeTo((b, off, len) -> {
            throw new IOException("connection reset");
        }));
        JsonWriter next = JsonWriter.reusingBuffer();
        next.writeString("next");
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        next.writeTo(again::write);
        assertEquals("\"next\"", again.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aNameKnowsItsText() {
        assertEquals("\"a\\\"b\":", JsonWriter.name("a\"b").toString() + ":");
    }
}
