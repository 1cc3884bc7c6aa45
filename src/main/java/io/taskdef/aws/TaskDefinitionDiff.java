package io.taskdef.aws;

import io.taskdef.compile.CompileResult;
import io.taskdef.wire.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The normalized difference between a family's current revision and a compiled task definition. Both are
 * turned into RegisterTaskDefinition wire JSON (the current one keeps only the fields a registration
 * takes, plus its tags), then normalized: empty lists and objects dropped, name/value lists and tags sorted,
 * the fingerprint tag left out (it is compared on its own), and values ECS fills in by default when a
 * field is not given (container cpu 0, essential true, port protocol tcp, hostPort = containerPort) ignored.
 */
final class TaskDefinitionDiff {

    private static final Set<String> REQUEST_FIELDS = new HashSet<>();
    private static final Set<String> NAMED_LISTS = Set.of("environment", "secrets", "secretOptions");
    private static final Map<String, JsonNode> ECS_DEFAULTS = Map.of(
            "/containerDefinitions/*/cpu", JsonNodeFactory.instance.numberNode(0),
            "/containerDefinitions/*/essential", JsonNodeFactory.instance.booleanNode(true),
            "/containerDefinitions/*/portMappings/*/protocol", JsonNodeFactory.instance.stringNode("tcp"));

    static {
        for (SdkField<?> f : ((SdkPojo) RegisterTaskDefinitionRequest.builder()).sdkFields()) {
            REQUEST_FIELDS.add(f.locationName());
        }
    }

    private TaskDefinitionDiff() {
    }

    static List<Change> between(Optional<CurrentRevision> current, RegisterTaskDefinitionRequest desired) {
        JsonNode want = normalize(Json.mapper().valueToTree(desired), "");
        JsonNode have = current.map(TaskDefinitionDiff::asRequest).map(n -> normalize(n, "")).orElse(JsonNodeFactory.instance.objectNode());
        List<Change> out = new ArrayList<>();
        diff(have, want, "", out);
        return out;
    }

    /** The current revision as the request that would register it: request fields only, tags added. */
    static ObjectNode asRequest(CurrentRevision current) {
        JsonNode td = Json.mapper().valueToTree(current.taskDefinition());
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : td.properties()) {
            if (REQUEST_FIELDS.contains(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        }
        ArrayNode tags = out.putArray("tags");
        for (Tag t : current.tags()) {
            tags.addObject().put("key", t.key()).put("value", t.value());
        }
        return out;
    }

    static JsonNode normalize(JsonNode node, String field) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                JsonNode v = normalize(e.getValue(), e.getKey());
                if (!isEmpty(v)) {
                    out.set(e.getKey(), v);
                }
            }
            return out;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            for (JsonNode item : node) {
                JsonNode v = normalize(item, "");
                if (field.equals("tags") && CompileResult.FINGERPRINT_TAG.equals(v.path("key").asString(null))) {
                    continue;
                }
                items.add(v);
            }
            if (field.equals("tags")) {
                items.sort(Comparator.comparing(t -> t.path("key").asString("")));
            } else if (NAMED_LISTS.contains(field)) {
                items.sort(Comparator.comparing(t -> t.path("name").asString("")));
            }
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            items.forEach(out::add);
            return out;
        }
        return node;
    }

    private static boolean isEmpty(JsonNode v) {
        return v == null || v.isNull() || (v.isContainer() && v.isEmpty());
    }

    private static void diff(JsonNode have, JsonNode want, String path, List<Change> out) {
        if (have.isObject() && want.isObject()) {
            Set<String> names = new LinkedHashSet<>(want.propertyNames());
            names.addAll(have.propertyNames());
            for (String name : names) {
                String p = path + "/" + name.replace("~", "~0").replace("/", "~1");
                JsonNode h = have.get(name);
                JsonNode w = want.get(name);
                if (h == null) {
                    out.add(new Change(p, "add", null, w));
                } else if (w == null) {
                    if (!isEcsDefault(p, h, have)) {
                        out.add(new Change(p, "remove", h, null));
                    }
                } else {
                    diff(h, w, p, out);
                }
            }
        } else if (have.isArray() && want.isArray()) {
            int n = Math.max(have.size(), want.size());
            for (int i = 0; i < n; i++) {
                String p = path + "/" + i;
                if (i >= have.size()) {
                    out.add(new Change(p, "add", null, want.get(i)));
                } else if (i >= want.size()) {
                    out.add(new Change(p, "remove", have.get(i), null));
                } else {
                    diff(have.get(i), want.get(i), p, out);
                }
            }
        } else if (!have.equals(want)) {
            out.add(new Change(path, "replace", have, want));
        }
    }

    /** A value ECS fills in when the field is not given, so its absence in the compiled definition is no change. */
    private static boolean isEcsDefault(String path, JsonNode value, JsonNode parent) {
        String pattern = path.replaceAll("/\\d+(?=/|$)", "/*");
        if (pattern.equals("/containerDefinitions/*/portMappings/*/hostPort")) {
            return value.equals(parent.get("containerPort"));
        }
        JsonNode d = ECS_DEFAULTS.get(pattern);
        return d != null && d.equals(value);
    }
}
