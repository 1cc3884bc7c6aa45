package io.taskdef.compile;

import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Members of the JSON objects the compile core writes by hand ({@link TaskDefinitionJson},
 * {@link CompileResultSerializer}): names encoded once, members that are not set left out, as both the SDK
 * and {@code @JsonInclude(NON_NULL)} records leave them out.
 */
final class JsonMembers {

    private JsonMembers() {
    }

    static SerializableString name(String name) {
        return new SerializedString(name);
    }

    /** A string member, left out when null. */
    static void optional(SerializableString name, String value, JsonGenerator g) {
        if (value != null) {
            g.writeName(name);
            g.writeString(value);
        }
    }

    /** A map of strings as a JSON object: {@code {"k": "v", ...}}. */
    static void stringMap(Map<String, String> map, JsonGenerator g) {
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
    static void entryObjects(Map<String, String> map, SerializableString keyName, SerializableString valueName, JsonGenerator g) {
        for (Map.Entry<String, String> e : map.entrySet()) {
            g.writeStartObject();
            optional(keyName, e.getKey(), g);
            optional(valueName, e.getValue(), g);
            g.writeEndObject();
        }
    }

    /** A list of strings, left out when null, written when empty; a null item stays in as null. */
    static void optionalList(SerializableString name, List<String> values, JsonGenerator g) {
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
