package io.taskdef.api.openapi;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

/**
 * OpenAPI component schemas for AWS SDK model classes, generated from the SDK's own field metadata, so the
 * documented task definition has exactly the wire names ECS takes (the same metadata the wire writer walks).
 */
final class SdkModelSchemas {

    private SdkModelSchemas() {
    }

    /** Schemas for the model class of {@code builder} and every model class it reaches, by simple class name. */
    static Map<String, Schema> of(SdkPojo builder, String name) {
        Map<String, Schema> out = new TreeMap<>();
        add(builder, name, out);
        return out;
    }

    private static void add(SdkPojo builder, String name, Map<String, Schema> out) {
        if (out.containsKey(name)) {
            return;
        }
        ObjectSchema s = new ObjectSchema();
        out.put(name, s);
        for (SdkField<?> f : builder.sdkFields()) {
            s.addProperty(f.locationName(), schema(f, out));
        }
    }

    private static Schema schema(SdkField<?> f, Map<String, Schema> out) {
        return switch (f.marshallingType().getKnownType()) {
            case STRING -> new StringSchema();
            case INTEGER, LONG, SHORT -> new IntegerSchema();
            case DOUBLE, FLOAT, BIG_DECIMAL -> new NumberSchema();
            case BOOLEAN -> new BooleanSchema();
            case INSTANT -> new NumberSchema().description("seconds since the epoch");
            case LIST -> new ArraySchema().items(schema(f.getRequiredTrait(ListTrait.class).memberFieldInfo(), out));
            case MAP -> new ObjectSchema().additionalProperties(schema(f.getRequiredTrait(MapTrait.class).valueFieldInfo(), out));
            case SDK_POJO -> {
                SdkPojo nested = f.constructor().get();
                String nestedName = modelName(nested);
                add(nested, nestedName, out);
                yield SpecSchema.ref(nestedName);
            }
            default -> new ObjectSchema();
        };
    }

    /** "EcsContainerDefinition" for ContainerDefinition.BuilderImpl: prefixed, so ECS names never collide with the spec's. */
    static String modelName(SdkPojo builder) {
        Class<?> c = builder.getClass();
        return "Ecs" + (c.getEnclosingClass() != null ? c.getEnclosingClass().getSimpleName() : c.getSimpleName());
    }
}
