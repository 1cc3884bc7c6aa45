package io.taskdef.wire;

import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkPojo;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.ByteArrayBuilder;
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
     * what the core writes on every compile. Buffers come from Jackson's recycler pool, as with
     * {@code writeValueAsBytes}.
     */
    public static byte[] bytes(Consumer<JsonGenerator> writer) {
        BufferRecycler recycler = MAPPER.tokenStreamFactory()._getBufferRecycler();
        try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
            try (JsonGenerator g = MAPPER.createGenerator(out)) {
                writer.accept(g);
            }
            return out.getClearAndRelease();
        } finally {
            recycler.releaseToPool();
        }
    }

    static final class SdkPojoSerializer extends ValueSerializer<SdkPojo> {
        @Override
        public void serialize(SdkPojo value, JsonGenerator gen, SerializationContext ctxt) {
            SdkWireWriter.write(value, gen);
        }
    }
}
