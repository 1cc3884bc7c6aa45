package io.taskdef.compile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.taskdef.diag.Diagnostic;
import io.taskdef.diag.Requirement;
import io.taskdef.policy.PolicyDocument;
import io.taskdef.wire.JsonWriter;
import io.taskdef.wire.RawJson;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The compiled spec (DESIGN §2). {@code taskDefinition} is the exact RegisterTaskDefinition input, written
 * as its wire JSON; the same object is sent to ECS when registering.
 *
 * <p>A value object with the accessors of a record. The task definition is rendered as its wire JSON
 * ({@link #taskDefinitionJson}); the SDK request is read back from that JSON the first time
 * {@link #taskDefinition} is asked for (registering, verifying), so compiling alone never builds it.
 *
 * <p>Accessors: {@code executionRolePolicy} is null when the task has no execution role and needs none;
 * {@code executionRoleTrustPolicy} is the trust policy the execution role needs; {@code fingerprint} is
 * "sha256:" + hex SHA-256 of the task definition's wire JSON with this value zeroed; {@code taskDefinitionJson}
 * is {@code taskDefinition} as wire JSON, rendered once (see {@link Fingerprint}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonSerialize(using = CompileResultSerializer.class)
public final class CompileResult {

    /** The tag every compiled task definition carries, holding {@link #fingerprint}; registering compares it. */
    public static final String FINGERPRINT_TAG = "taskdef-compiler:fingerprint";

    /** Null until asked for when the result was made from the JSON alone; then read from it once. */
    private volatile RegisterTaskDefinitionRequest taskDefinition;
    private final ExecutionRolePolicy executionRolePolicy;
    private final PolicyDocument executionRoleTrustPolicy;
    private final List<Requirement> requirements;
    private final List<Diagnostic> warnings;
    private final Snippets snippets;
    private final String fingerprint;
    private final RawJson taskDefinitionJson;

    /** A result whose SDK request is already at hand; {@code taskDefinitionJson} must be its wire JSON. */
    public CompileResult(RegisterTaskDefinitionRequest taskDefinition, ExecutionRolePolicy executionRolePolicy,
                         PolicyDocument executionRoleTrustPolicy, List<Requirement> requirements, List<Diagnostic> warnings,
                         Snippets snippets, String fingerprint, RawJson taskDefinitionJson) {
        this(executionRolePolicy, executionRoleTrustPolicy, requirements, warnings, snippets, fingerprint, taskDefinitionJson);
        this.taskDefinition = Objects.requireNonNull(taskDefinition, "taskDefinition");
    }

    private CompileResult(ExecutionRolePolicy executionRolePolicy, PolicyDocument executionRoleTrustPolicy,
                          List<Requirement> requirements, List<Diagnostic> warnings, Snippets snippets, String fingerprint,
                          RawJson taskDefinitionJson) {
        this.executionRolePolicy = executionRolePolicy;
        this.executionRoleTrustPolicy = executionRoleTrustPolicy;
        this.requirements = requirements;
        this.warnings = warnings;
        this.snippets = snippets;
        this.fingerprint = fingerprint;
        this.taskDefinitionJson = Objects.requireNonNull(taskDefinitionJson, "taskDefinitionJson");
    }

    /** A result whose SDK request is read from {@code taskDefinitionJson} when first asked for. */
    static CompileResult ofJson(ExecutionRolePolicy executionRolePolicy, PolicyDocument executionRoleTrustPolicy,
                                List<Requirement> requirements, List<Diagnostic> warnings, Snippets snippets, String fingerprint,
                                RawJson taskDefinitionJson) {
        return new CompileResult(executionRolePolicy, executionRoleTrustPolicy, requirements, warnings, snippets, fingerprint,
                taskDefinitionJson);
    }

    /** The RegisterTaskDefinition request, as sent to ECS: the SDK model of {@link #taskDefinitionJson}. */
    @JsonProperty
    public RegisterTaskDefinitionRequest taskDefinition() {
        RegisterTaskDefinitionRequest r = taskDefinition;
        if (r == null) {
            // SDK model objects are immutable, so a race only reads the same JSON twice
            r = TaskDefinitionJson.read(taskDefinitionJson.asUnquotedUTF8());
            taskDefinition = r;
        }
        return r;
    }

    @JsonProperty
    public ExecutionRolePolicy executionRolePolicy() {
        return executionRolePolicy;
    }

    @JsonProperty
    public PolicyDocument executionRoleTrustPolicy() {
        return executionRoleTrustPolicy;
    }

    @JsonProperty
    public List<Requirement> requirements() {
        return requirements;
    }

    @JsonProperty
    public List<Diagnostic> warnings() {
        return warnings;
    }

    @JsonProperty
    public Snippets snippets() {
        return snippets;
    }

    @JsonProperty
    public String fingerprint() {
        return fingerprint;
    }

    @JsonIgnore
    public RawJson taskDefinitionJson() {
        return taskDefinitionJson;
    }

    /** This result as the compile endpoint answers it: the same JSON as any mapper with {@code Json.MODULE} writes. */
    public byte[] toJson() {
        return written().toByteArray();
    }

    /** The same JSON as {@link #toJson}, handed to {@code sink} without the copy into an array of its own. */
    public void writeJson(JsonWriter.Sink sink) throws IOException {
        written().writeTo(sink);
    }

    private JsonWriter written() {
        JsonWriter g = JsonWriter.reusingBuffer();
        CompileResultSerializer.write(this, g);
        return g;
    }

    /** Equal when every component is: the task definitions by their wire JSON, which determines the SDK request. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof CompileResult r
                && Arrays.equals(taskDefinitionJson.asUnquotedUTF8(), r.taskDefinitionJson.asUnquotedUTF8())
                && Objects.equals(executionRolePolicy, r.executionRolePolicy)
                && Objects.equals(executionRoleTrustPolicy, r.executionRoleTrustPolicy)
                && Objects.equals(requirements, r.requirements)
                && Objects.equals(warnings, r.warnings)
                && Objects.equals(snippets, r.snippets)
                && Objects.equals(fingerprint, r.fingerprint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(taskDefinitionJson.asUnquotedUTF8()), executionRolePolicy, executionRoleTrustPolicy,
                requirements, warnings, snippets, fingerprint);
    }

    @Override
    public String toString() {
        return "CompileResult[taskDefinition=" + taskDefinitionJson + ", executionRolePolicy=" + executionRolePolicy
                + ", executionRoleTrustPolicy=" + executionRoleTrustPolicy + ", requirements=" + requirements
                + ", warnings=" + warnings + ", snippets=" + snippets + ", fingerprint=" + fingerprint + "]";
    }
}
