package io.taskdef.compile;

import io.taskdef.wire.JsonWriter;
import java.util.List;
import java.util.Map;

/**
 * Members of the JSON objects the compile core writes by hand ({@link TaskDefinitionJson},
 * {@link CompileResultSerializer}): names encoded once, members that are not set left out, as both the SDK
 * and {@code @JsonInclude(NON_NULL)} records leave them out.
 */
final class JsonMembers {

    private JsonMembers() {
    }

    static JsonWriter.Name name(String name) {
        return JsonWriter.name(name);
    }

    /** A string member, left out when null. */
    static void optional(JsonWriter.Name name, String value, JsonWriter g) {
        if (value != null) {
            g.writeName(name);
            g.writeString(value);
        }
    }

    /** A map of strings as a JSON object: {@code {"k": "v", ...}}. */
    static void stringMap(Map<String, String> map, JsonWriter g) {
        g.writeStartObject();
        for (Map.Entry<String, String> e : map.entrySet()) {
            g.writeName(e.getKey());
            g.writeString(e.getValue());
        }
        g.writeEndObject();
    }

    /**
     * Each entry of a map as its own object, the way ECS lists tags ({@code {"key": k, "value": v}}) and
     * environment variables ({@code {"name": k, "value": v}}); the array around them is the caller's.
     */
    static void entryObjects(Map<String, String> map, JsonWriter.Name keyName, JsonWriter.Name valueName, JsonWriter g) {
        for (Map.Entry<String, String> e : map.entrySet()) {
            g.writeStartObject();
            optional(keyName, e.getKey(), g);
            optional(valueName, e.getValue(), g);
            g.writeEndObject();
        }
    }

    /** A list of strings, left out when null, written when empty; a null item stays in as null. */
    static void optionalList(JsonWriter.Name name, List<String> values, JsonWriter g) {
        if (values != null) {
            g.writeName(name);
            g.writeStartArray();
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }
}
