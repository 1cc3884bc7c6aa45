package io.taskdef.wire;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkPojo;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON writing shared by the core and the web layer: records as declared, SDK model objects as their
 * wire JSON. {@link #MODULE} is what the web layer registers with its own mapper, so a compile result is
 * written the same way in a response as in a fingerprint or a snippet.
 */
public final class Json {

    public static final JacksonModule MODULE = new SimpleModule("taskdef-sdk-wire")
            .addSerializer(SdkPojo.class, new SdkPojoSerializer());

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(MODULE)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private Json() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Compact JSON text of any value the core produces. */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static byte[] bytes(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /**
     * JSON written by {@code writer} straight onto a generator, without databind's serializer lookups: for
     * SDK requests written by their field walk (specs with overrides). (What every compile writes goes through
     * {@link JsonWriter}.) The generator's buffer comes from Jackson's recycler pool; what
     * it flushes is kept in an array of the exact size when it fits that buffer (one flush, one copy), where a
     * {@code ByteArrayBuilder} would allocate blocks and copy them into the result.
     */
    public static byte[] bytes(Consumer<JsonGenerator> writer) {
        ExactBytes out = new ExactBytes();
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            writer.accept(g);
        }
        return out.toByteArray();
    }

    /** The bytes written to it, each write kept as an exact copy; after a single write, that copy is the result. */
    static final class ExactBytes extends OutputStream {
        private final List<byte[]> chunks = new ArrayList<>(1);
        private int count;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len > 0) {
                chunks.add(Arrays.copyOfRange(b, off, off + len));
                count += len;
            }
        }

        byte[] toByteArray() {
            if (chunks.size() == 1) {
                return chunks.get(0);
            }
            byte[] all = new byte[count];
            int at = 0;
            for (byte[] chunk : chunks) {
                System.arraycopy(chunk, 0, all, at, chunk.length);
                at += chunk.length;
            }
            return all;
        }
    }

    static final class SdkPojoSerializer extends ValueSerializer<SdkPojo> {
        @Override
        public void serialize(SdkPojo value, JsonGenerator gen, SerializationContext ctxt) {
            SdkWireWriter.write(value, gen);
        }
    }
}
