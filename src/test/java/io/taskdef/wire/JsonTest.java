package io.taskdef.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    /** Small and large documents (one flush of the generator's buffer, or many) come out whole and exact. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 100, 2_000, 7_990, 8_000, 8_100, 50_000})
    void bytesWrittenOntoAGeneratorAreTheDocument(int length) {
        String text = "x".repeat(length) + "\u00e9\u20ac";
        byte[] json = Json.bytes(g -> {
            g.writeStartArray();
            g.writeString(text);
            g.writeNumber(length);
            g.writeEndArray();
        });
        assertArrayEquals(Json.bytes(List.of(text, length)), json);
        assertEquals("[\"" + text + "\"," + length + "]", new String(json, StandardCharsets.UTF_8));
    }

    @org.junit.jupiter.api.Test
    void exactBytesJoinsWritesAndSingleBytes() {
        Json.ExactBytes out = new Json.ExactBytes();
        assertArrayEquals(new byte[0], out.toByteArray());
        out.write(new byte[] {9, 1, 2, 9}, 1, 2);
        assertArrayEquals(new byte[] {1, 2}, out.toByteArray());
        out.write(3);
        out.write(new byte[] {4, 5, 6}, 0, 3);
        out.write(new byte[0], 0, 0);
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6}, out.toByteArray());
    }
}
