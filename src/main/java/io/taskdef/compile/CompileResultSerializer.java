package io.taskdef.compile;

import static io.taskdef.compile.JsonMembers.name;
import static io.taskdef.compile.JsonMembers.optional;
import static io.taskdef.compile.JsonMembers.optionalList;
import static io.taskdef.compile.JsonMembers.stringMap;

import io.taskdef.diag.Diagnostic;
import io.taskdef.diag.Requirement;
import io.taskdef.policy.PolicyDocument;
import io.taskdef.policy.Statement;
import io.taskdef.wire.JsonWriter;
import io.taskdef.wire.RawJson;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link CompileResult}: the task definition as the JSON already rendered while fingerprinting it
 * (so it is serialized once per compile), everything else straight onto a {@link JsonWriter} with names
 * encoded once, as the records' Jackson annotations would (CompileResultSerializerTest holds the two equal).
 * This runs on every compile, so it skips databind's per-property lookups and Jackson's generator; a mapper
 * with {@code Json.MODULE} (the web layer's, for responses that hold a compile result) embeds those bytes.
 */
final class CompileResultSerializer extends ValueSerializer<CompileResult> {

    private static final JsonWriter.Name TASK_DEFINITION = name("taskDefinition");
    private static final JsonWriter.Name EXECUTION_ROLE_POLICY = name("executionRolePolicy");
    private static final JsonWriter.Name EXECUTION_ROLE_TRUST_POLICY = name("executionRoleTrustPolicy");
    private static final JsonWriter.Name REQUIREMENTS = name("requirements");
    private static final JsonWriter.Name WARNINGS = name("warnings");
    private static final JsonWriter.Name SNIPPETS = name("snippets");
    private static final JsonWriter.Name FINGERPRINT = name("fingerprint");
    private static final JsonWriter.Name ROLE_NAME = name("roleName");
    private static final JsonWriter.Name POLICY_NAME = name("policyName");
    private static final JsonWriter.Name DOCUMENT = name("document");
    private static final JsonWriter.Name SIZE = name("size");
    private static final JsonWriter.Name SIZE_LIMIT = name("sizeLimit");
    private static final JsonWriter.Name VERSION = name("Version");
    private static final JsonWriter.Name STATEMENT = name("Statement");
    private static final JsonWriter.Name SID = name("Sid");
    private static final JsonWriter.Name EFFECT = name("Effect");
    private static final JsonWriter.Name PRINCIPAL = name("Principal");
    private static final JsonWriter.Name ACTION = name("Action");
    private static final JsonWriter.Name RESOURCE = name("Resource");
    private static final JsonWriter.Name CONDITION = name("Condition");
    private static final JsonWriter.Name CODE = name("code");
    private static final JsonWriter.Name POINTER = name("pointer");
    private static final JsonWriter.Name MESSAGE = name("message");
    private static final JsonWriter.Name MINIMUM = name("minimum");
    private static final JsonWriter.Name SETTING = name("setting");
    private static final JsonWriter.Name ENDPOINT = name("endpoint");
    private static final JsonWriter.Name BECAUSE = name("because");
    private static final JsonWriter.Name ECS_CONFIG = name("ecsConfig");
    private static final JsonWriter.Name WINDOWS_USER_DATA = name("windowsUserData");
    private static final JsonWriter.Name AWS_CLI = name("awsCli");

    @Override
    public void serialize(CompileResult r, JsonGenerator g, SerializationContext ctxt) {
        g.writeRawValue(new RawJson(r.toJson()));
    }

    static void write(CompileResult r, JsonWriter g) {
        g.writeStartObject();
        g.writeName(TASK_DEFINITION);
        g.writeRawValue(r.taskDefinitionJson());
        if (r.executionRolePolicy() != null) {
            g.writeName(EXECUTION_ROLE_POLICY);
            executionRolePolicy(r.executionRolePolicy(), g);
        }
        if (r.executionRoleTrustPolicy() != null) {
            g.writeName(EXECUTION_ROLE_TRUST_POLICY);
            policy(r.executionRoleTrustPolicy(), g);
        }
        if (r.requirements() != null) {
            g.writeName(REQUIREMENTS);
            g.writeStartArray();
            for (Requirement q : r.requirements()) {
                requirement(q, g);
            }
            g.writeEndArray();
        }
        if (r.warnings() != null) {
            g.writeName(WARNINGS);
            g.writeStartArray();
            for (Diagnostic d : r.warnings()) {
                g.writeStartObject();
                string(CODE, d.code(), g);
                string(POINTER, d.pointer(), g);
                string(MESSAGE, d.message(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (r.snippets() != null) {
            g.writeName(SNIPPETS);
            g.writeStartObject();
            optional(ECS_CONFIG, r.snippets().ecsConfig(), g);
            optional(WINDOWS_USER_DATA, r.snippets().windowsUserData(), g);
            optional(AWS_CLI, r.snippets().awsCli(), g);
            g.writeEndObject();
        }
        optional(FINGERPRINT, r.fingerprint(), g);
        g.writeEndObject();
    }

    private static void executionRolePolicy(ExecutionRolePolicy p, JsonWriter g) {
        g.writeStartObject();
        string(ROLE_NAME, p.roleName(), g);
        string(POLICY_NAME, p.policyName(), g);
        g.writeName(DOCUMENT);
        if (p.document() == null) {
            g.writeNull();
        } else {
            policy(p.document(), g);
        }
        g.writeName(SIZE);
        g.writeNumber(p.size());
        g.writeName(SIZE_LIMIT);
        g.writeNumber(p.sizeLimit());
        g.writeEndObject();
    }

    private static void policy(PolicyDocument d, JsonWriter g) {
        g.writeStartObject();
        string(VERSION, d.version(), g);
        g.writeName(STATEMENT);
        if (d.statement() == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            for (Statement s : d.statement()) {
                statement(s, g);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void statement(Statement s, JsonWriter g) {
        g.writeStartObject();
        optional(SID, s.sid(), g);
        optional(EFFECT, s.effect(), g);
        if (s.principal() != null) {
            g.writeName(PRINCIPAL);
            stringMap(s.principal(), g);
        }
        optionalList(ACTION, s.action(), g);
        optionalList(RESOURCE, s.resource(), g);
        if (s.condition() != null) {
            g.writeName(CONDITION);
            g.writeStartObject();
            for (Map.Entry<String, Map<String, String>> e : s.condition().entrySet()) {
                g.writeName(e.getKey());
                if (e.getValue() == null) {
                    g.writeNull();
                } else {
                    stringMap(e.getValue(), g);
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void requirement(Requirement q, JsonWriter g) {
        g.writeStartObject();
        optional(CODE, q.code(), g);
        optional(MINIMUM, q.minimum(), g);
        optional(SETTING, q.setting(), g);
        optional(ENDPOINT, q.endpoint(), g);
        optional(BECAUSE, q.because(), g);
        g.writeEndObject();
    }

    /** A property written even when null, as records without {@code @JsonInclude(NON_NULL)} are. */
    private static void string(JsonWriter.Name name, String value, JsonWriter g) {
        g.writeName(name);
        g.writeString(value);
    }
}
