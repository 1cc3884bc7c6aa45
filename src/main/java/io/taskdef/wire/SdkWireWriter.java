package io.taskdef.wire;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * Writes an AWS SDK v2 model object as the wire JSON of its service (for ECS: camelCase member names, enum
 * wire values), walking the SDK's own field metadata. Lists and maps the caller never set are left out,
 * so the output is exactly what {@code aws ecs register-task-definition --cli-input-json} takes.
 */
public final class SdkWireWriter {

    private SdkWireWriter() {
    }

    /** The wire names of each model class's fields, encoded once, in the order of {@code sdkFields()}. */
    private static final Map<Class<?>, SerializedString[]> CACHE = new ConcurrentHashMap<>();

    public static void write(SdkPojo pojo, JsonGenerator g) {
        List<SdkField<?>> fields = pojo.sdkFields();
        SerializedString[] names = names(pojo, fields);
        g.writeStartObject();
        for (int i = 0; i < names.length; i++) {
            SdkField<?> field = fields.get(i);
            Object value = field.getValueOrDefault(pojo);
            if (isUnset(value)) {
                continue;
            }
            g.writeName(names[i]);
            writeValue(field, value, g);
        }
        g.writeEndObject();
    }

    private static SerializedString[] names(SdkPojo pojo, List<SdkField<?>> fields) {
        SerializedString[] names = CACHE.get(pojo.getClass());
        if (names == null || names.length != fields.size()) {
            names = new SerializedString[fields.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = new SerializedString(fields.get(i).locationName());
            }
            CACHE.put(pojo.getClass(), names);
        }
        return names;
    }

    static boolean isUnset(Object value) {
        return value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap;
    }

    private static void writeValue(SdkField<?> field, Object value, JsonGenerator g) {
        MarshallingKnownType type = field.marshallingType().getKnownType();
        switch (type) {
            case STRING -> g.writeString((String) value);
            case INTEGER -> g.writeNumber((Integer) value);
            case LONG -> g.writeNumber((Long) value);
            case SHORT -> g.writeNumber((Short) value);
            case DOUBLE -> g.writeNumber((Double) value);
            case FLOAT -> g.writeNumber((Float) value);
            case BIG_DECIMAL -> g.writeNumber((java.math.BigDecimal) value);
            case BOOLEAN -> g.writeBoolean((Boolean) value);
            case INSTANT -> g.writeNumber(((java.time.Instant) value).toEpochMilli() / 1000.0);
            case SDK_POJO -> write((SdkPojo) value, g);
            case LIST -> {
                SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
                g.writeStartArray();
                for (Object item : (List<?>) value) {
                    if (item == null) {
                        g.writeNull();
                    } else {
                        writeValue(member, item, g);
                    }
                }
                g.writeEndArray();
            }
            case MAP -> {
                SdkField<?> valueField = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
                g.writeStartObject();
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    g.writeName((String) e.getKey());
                    if (e.getValue() == null) {
                        g.writeNull();
                    } else {
                        writeValue(valueField, e.getValue(), g);
                    }
                }
                g.writeEndObject();
            }
            default -> throw new IllegalArgumentException("unsupported SDK field type " + type + " for " + field.memberName());
        }
    }
}
