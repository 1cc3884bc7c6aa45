package io.taskdef.compile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.taskdef.diag.Diagnostic;
import io.taskdef.diag.Requirement;
import io.taskdef.policy.PolicyDocument;
import io.taskdef.wire.Json;
import io.taskdef.wire.RawJson;
import java.util.List;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The compiled spec (DESIGN §2). {@code taskDefinition} is the exact RegisterTaskDefinition input, written
 * as its wire JSON; the same object is sent to ECS when registering.
 *
 * @param executionRolePolicy      null when the task has no execution role and needs none
 * @param executionRoleTrustPolicy the trust policy the execution role needs
 * @param fingerprint              "sha256:" + hex SHA-256 of the task definition's wire JSON with this value zeroed
 * @param taskDefinitionJson       {@code taskDefinition} as wire JSON, rendered once (see {@link Fingerprint})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonSerialize(using = CompileResultSerializer.class)
public record CompileResult(
        RegisterTaskDefinitionRequest taskDefinition,
        ExecutionRolePolicy executionRolePolicy,
        PolicyDocument executionRoleTrustPolicy,
        List<Requirement> requirements,
        List<Diagnostic> warnings,
        Snippets snippets,
        String fingerprint,
        @JsonIgnore RawJson taskDefinitionJson) {

    /** The tag every compiled task definition carries, holding {@link #fingerprint}; registering compares it. */
    public static final String FINGERPRINT_TAG = "taskdef-compiler:fingerprint";

    /** This result as the compile endpoint answers it: the same JSON as any mapper with {@code Json.MODULE} writes. */
    public byte[] toJson() {
        return Json.bytes(g -> CompileResultSerializer.write(this, g));
    }
}
