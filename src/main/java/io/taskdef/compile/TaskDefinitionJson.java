package io.taskdef.compile;

import static io.taskdef.compile.JsonMembers.entryObjects;
import static io.taskdef.compile.JsonMembers.name;
import static io.taskdef.compile.JsonMembers.optional;
import static io.taskdef.compile.JsonMembers.optionalList;
import static io.taskdef.compile.JsonMembers.stringMap;

import io.taskdef.diag.Findings;
import io.taskdef.model.ContainerModel;
import io.taskdef.model.ResolvedRef;
import io.taskdef.model.TaskModel;
import io.taskdef.spec.AppSpec;
import io.taskdef.spec.ContainerSpec;
import io.taskdef.spec.PortSpec;
import io.taskdef.spec.SpecFormat;
import io.taskdef.spec.SpecLimits;
import io.taskdef.spec.SpecNode;
import io.taskdef.spec.SpecParser;
import io.taskdef.wire.SdkWireReader;
import io.taskdef.wire.SdkWireReader.FieldValue;
import java.util.ArrayList;
import io.taskdef.wire.JsonWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.Tag;

/**
 * Lowers a checked {@link TaskModel} to the RegisterTaskDefinition request, written straight as its wire
 * JSON: the members the SDK would write for the request the model stands for, in the order of each model
 * class's {@code sdkFields()}, lists and maps the model leaves unset left out (TaskDefinitionJsonTest holds
 * this byte for byte against the SDK's own field walk, {@link io.taskdef.wire.SdkWireWriter}).
 *
 * <p>This is the only renderer. The SDK request is read back from this JSON ({@link #read}) when someone
 * asks for it, and when the spec has {@code overrides}, which are SDK field values set on the request's
 * builders ({@link #withOverrides}).
 */
final class TaskDefinitionJson {

    // RegisterTaskDefinitionRequest
    private static final JsonWriter.Name FAMILY = name("family");
    private static final JsonWriter.Name TASK_ROLE_ARN = name("taskRoleArn");
    private static final JsonWriter.Name EXECUTION_ROLE_ARN = name("executionRoleArn");
    private static final JsonWriter.Name NETWORK_MODE = name("networkMode");
    private static final JsonWriter.Name CONTAINER_DEFINITIONS = name("containerDefinitions");
    private static final JsonWriter.Name REQUIRES_COMPATIBILITIES = name("requiresCompatibilities");
    private static final JsonWriter.Name CPU = name("cpu");
    private static final JsonWriter.Name MEMORY = name("memory");
    private static final JsonWriter.Name TAGS = name("tags");
    private static final JsonWriter.Name RUNTIME_PLATFORM = name("runtimePlatform");
    // ContainerDefinition
    private static final JsonWriter.Name NAME = name("name");
    private static final JsonWriter.Name IMAGE = name("image");
    private static final JsonWriter.Name MEMORY_RESERVATION = name("memoryReservation");
    private static final JsonWriter.Name PORT_MAPPINGS = name("portMappings");
    private static final JsonWriter.Name ESSENTIAL = name("essential");
    private static final JsonWriter.Name ENTRY_POINT = name("entryPoint");
    private static final JsonWriter.Name COMMAND = name("command");
    private static final JsonWriter.Name ENVIRONMENT = name("environment");
    private static final JsonWriter.Name SECRETS = name("secrets");
    private static final JsonWriter.Name LOG_CONFIGURATION = name("logConfiguration");
    // PortMapping
    private static final JsonWriter.Name CONTAINER_PORT = name("containerPort");
    private static final JsonWriter.Name HOST_PORT = name("hostPort");
    private static final JsonWriter.Name PROTOCOL = name("protocol");
    private static final JsonWriter.Name APP_PROTOCOL = name("appProtocol");
    // KeyValuePair, Secret, Tag
    private static final JsonWriter.Name VALUE = name("value");
    private static final JsonWriter.Name VALUE_FROM = name("valueFrom");
    private static final JsonWriter.Name KEY = name("key");
    // LogConfiguration
    private static final JsonWriter.Name LOG_DRIVER = name("logDriver");
    private static final JsonWriter.Name OPTIONS = name("options");
    private static final JsonWriter.Name SECRET_OPTIONS = name("secretOptions");
    // RuntimePlatform
    private static final JsonWriter.Name CPU_ARCHITECTURE = name("cpuArchitecture");
    private static final JsonWriter.Name OPERATING_SYSTEM_FAMILY = name("operatingSystemFamily");

    private static final String DEFAULT_PROTOCOL = "tcp";

    private TaskDefinitionJson() {
    }

    /** The task definition's wire JSON, its last tag the fingerprint tag holding {@code fingerprint}. */
    static byte[] write(TaskModel model, String fingerprint) {
        JsonWriter g = JsonWriter.reusingBuffer();
        write(model, fingerprint, g);
        return g.toByteArray();
    }

    static void write(TaskModel model, String fingerprint, JsonWriter g) {
        AppSpec spec = model.spec();
        g.writeStartObject();
        optional(FAMILY, model.family(), g);
        optional(TASK_ROLE_ARN, spec.taskRoleArn(), g);
        optional(EXECUTION_ROLE_ARN, spec.executionRoleArn(), g);
        optional(NETWORK_MODE, model.networkMode(), g);
        g.writeName(CONTAINER_DEFINITIONS);
        g.writeStartArray();
        for (ContainerModel c : model.containers()) {
            container(c, g);
        }
        g.writeEndArray();
        g.writeName(REQUIRES_COMPATIBILITIES);
        g.writeStartArray();
        g.writeString(model.launchType());
        g.writeEndArray();
        if (spec.cpu() != null) {
            g.writeName(CPU);
            g.writeString(Integer.toString(spec.cpu()));
        }
        if (spec.memory() != null) {
            g.writeName(MEMORY);
            g.writeString(Integer.toString(spec.memory()));
        }
        // the user's tags, then the fingerprint tag, always last (Fingerprint finds it from the end)
        g.writeName(TAGS);
        g.writeStartArray();
        if (spec.tags() != null) {
            entryObjects(spec.tags(), KEY, VALUE, g);
        }
        g.writeStartObject();
        g.writeName(KEY);
        g.writeString(CompileResult.FINGERPRINT_TAG);
        g.writeName(VALUE);
        g.writeString(fingerprint);
        g.writeEndObject();
        g.writeEndArray();
        if (spec.os() != null || model.architecture() != null) {
            g.writeName(RUNTIME_PLATFORM);
            g.writeStartObject();
            optional(CPU_ARCHITECTURE, model.architecture(), g);
            optional(OPERATING_SYSTEM_FAMILY, model.os(), g);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void container(ContainerModel c, JsonWriter g) {
        ContainerSpec s = c.spec();
        g.writeStartObject();
        optional(NAME, s.name(), g);
        optional(IMAGE, s.image(), g);
        number(CPU, s.cpu(), g);
        number(MEMORY, s.memory(), g);
        number(MEMORY_RESERVATION, s.memoryReservation(), g);
        if (s.ports() != null && !s.ports().isEmpty()) {
            g.writeName(PORT_MAPPINGS);
            g.writeStartArray();
            for (PortSpec p : s.ports()) {
                g.writeStartObject();
                number(CONTAINER_PORT, p.containerPort(), g);
                number(HOST_PORT, p.hostPort(), g);
                g.writeName(PROTOCOL);
                g.writeString(p.protocol() == null ? DEFAULT_PROTOCOL : p.protocol().toLowerCase(Locale.ROOT));
                optional(NAME, p.name(), g);
                optional(APP_PROTOCOL, p.appProtocol(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeName(ESSENTIAL);
        g.writeBoolean(s.essential() == null || s.essential());
        optionalList(ENTRY_POINT, s.entryPoint(), g);
        optionalList(COMMAND, s.command(), g);
        if (s.environment() != null && !s.environment().isEmpty()) {
            g.writeName(ENVIRONMENT);
            g.writeStartArray();
            entryObjects(s.environment(), NAME, VALUE, g);
            g.writeEndArray();
        }
        secrets(SECRETS, c.environmentRefs(), g);
        if (c.logDriver() != null) {
            g.writeName(LOG_CONFIGURATION);
            g.writeStartObject();
            g.writeName(LOG_DRIVER);
            g.writeString(c.logDriver());
            if (!c.logOptions().isEmpty()) {
                g.writeName(OPTIONS);
                stringMap(c.logOptions(), g);
            }
            secrets(SECRET_OPTIONS, c.logRefs(), g);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** The {@code secrets[]} (or {@code secretOptions[]}) entries of the references, left out when there are none. */
    private static void secrets(JsonWriter.Name name, List<ResolvedRef> refs, JsonWriter g) {
        if (refs.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (ResolvedRef r : refs) {
            g.writeStartObject();
            optional(NAME, r.key(), g);
            optional(VALUE_FROM, r.valueFrom(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void number(JsonWriter.Name name, Integer value, JsonWriter g) {
        if (value != null) {
            g.writeName(name);
            g.writeNumber(value.intValue());
        }
    }

    // ---- the SDK request, read back from the JSON ----

    private static final Map<String, SdkField<?>> REQUEST_FIELDS =
            SdkWireReader.fieldsByWireName((SdkPojo) RegisterTaskDefinitionRequest.builder());

    /**
     * Reads JSON this class (or the SDK's walk) wrote; the limits are only there because the parser needs
     * some: this is our own output, already bounded by the spec's.
     */
    private static final SpecParser PARSER = new SpecParser(new SpecLimits(64, Integer.MAX_VALUE / 8, Integer.MAX_VALUE,
            Integer.MAX_VALUE, Integer.MAX_VALUE));

    /** The request whose wire JSON {@code json} is, read with the SDK's field metadata. */
    static RegisterTaskDefinitionRequest read(byte[] json) {
        SpecNode root = PARSER.parse(json, SpecFormat.JSON).root();
        Findings findings = new Findings();
        RegisterTaskDefinitionRequest.Builder b = RegisterTaskDefinitionRequest.builder();
        if (root instanceof SpecNode.Obj obj) {
            for (FieldValue v : SdkWireReader.readFields(REQUEST_FIELDS, obj, "", Map.of(), "RegisterTaskDefinition", findings)) {
                v.applyTo(b);
            }
        } else {
            findings.error("INVALID_TYPE", "", "expected an object");
        }
        if (findings.hasErrors()) {
            throw new IllegalStateException("the task definition JSON does not read back as the request: " + findings.errors());
        }
        return b.build();
    }

    /**
     * The request of {@code json} (as {@link #write} wrote it for {@code model}) with the spec's overrides set
     * on the builders of its containers and of the request, as the SDK field values they were read as.
     */
    static RegisterTaskDefinitionRequest withOverrides(byte[] json, TaskModel model) {
        RegisterTaskDefinitionRequest written = read(json);
        List<ContainerDefinition> containers = new ArrayList<>(written.containerDefinitions());
        for (int i = 0; i < containers.size(); i++) {
            List<FieldValue> overrides = model.containers().get(i).overrides();
            if (!overrides.isEmpty()) {
                ContainerDefinition.Builder cb = containers.get(i).toBuilder();
                for (FieldValue o : overrides) {
                    o.applyTo(cb);
                }
                containers.set(i, cb.build());
            }
        }
        RegisterTaskDefinitionRequest.Builder b = written.toBuilder().containerDefinitions(containers);
        for (FieldValue o : model.overrides()) {
            o.applyTo(b);
        }
        // the tags are the spec's and the fingerprint's whatever the overrides say (the spec owns 'tags')
        return b.tags(written.tags()).build();
    }

    /** {@code request} with its fingerprint tag (the last tag) holding {@code fingerprint}. */
    static RegisterTaskDefinitionRequest withFingerprint(RegisterTaskDefinitionRequest request, String fingerprint) {
        List<Tag> tags = new ArrayList<>(request.tags());
        Tag last = tags.get(tags.size() - 1);
        if (!CompileResult.FINGERPRINT_TAG.equals(last.key())) {
            throw new IllegalStateException("the fingerprint tag is not the last tag of the task definition");
        }
        tags.set(tags.size() - 1, last.toBuilder().value(fingerprint).build());
        return request.toBuilder().tags(tags).build();
    }

    static boolean hasOverrides(TaskModel model) {
        if (!model.overrides().isEmpty()) {
            return true;
        }
        for (ContainerModel c : model.containers()) {
            if (!c.overrides().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
