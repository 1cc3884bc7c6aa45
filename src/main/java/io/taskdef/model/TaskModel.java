package io.taskdef.model;

import io.taskdef.arn.Partition;
import io.taskdef.arn.RoleArn;
import io.taskdef.policy.PolicyDocument;
import io.taskdef.policy.PolicySize;
import io.taskdef.spec.AppSpec;
import io.taskdef.wire.SdkWireReader.FieldValue;
import java.util.List;

/**
 * The spec after resolution: defaults applied, enumerations normalised, ARNs parsed, references resolved.
 * Rules read this; the renderer lowers it to the task definition and the policy. Values the spec got wrong
 * fall back to their defaults here so that the other rules still run; the error itself is reported by the
 * rule that owns the field.
 *
 * @param platformVersion the Fargate platform version LATEST stands for, or the one given; null if not a version
 * @param agentVersion    the oldest container agent in the cluster, when given
 * @param kmsViaService   whether kms:Decrypt gets the kms:ViaService condition
 * @param executionPolicy the inline policy the task execution role needs ({@link ExecutionGrants})
 * @param executionPolicySize its size as IAM counts it ({@link PolicySize})
 */
public record TaskModel(
        AppSpec spec,
        String region,
        Partition partition,
        String account,
        String launchType,
        String os,
        String architecture,
        String networkMode,
        Version platformVersion,
        Version agentVersion,
        RoleArn executionRole,
        RoleArn taskRole,
        boolean usesVpcEndpoints,
        boolean kmsViaService,
        boolean ecrPull,
        boolean logsGrant,
        List<ContainerModel> containers,
        List<ResolvedRef> refs,
        List<FieldValue> overrides,
        PolicyDocument executionPolicy,
        int executionPolicySize) {

    /** The same model with the policy its execution role needs and its size (computed once, read by a rule and the renderer). */
    TaskModel withExecutionPolicy(PolicyDocument policy) {
        return new TaskModel(spec, region, partition, account, launchType, os, architecture, networkMode, platformVersion, agentVersion,
                executionRole, taskRole, usesVpcEndpoints, kmsViaService, ecrPull, logsGrant, containers, refs, overrides, policy,
                PolicySize.of(policy));
    }

    public boolean fargate() {
        return "FARGATE".equals(launchType);
    }

    public boolean windows() {
        return os.startsWith("WINDOWS");
    }

    public String family() {
        return spec.family();
    }
}
