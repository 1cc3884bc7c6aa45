package io.taskdef.compile;

import io.taskdef.policy.PolicyDocument;

/**
 * The inline policy to put on the task execution role.
 *
 * @param roleName   the role's name (from executionRoleArn, without its path); null without an execution role
 * @param policyName the inline policy's name
 * @param size       the document's size as IAM counts it (no whitespace)
 * @param sizeLimit  IAM's limit for all inline policies of one role
 */
public record ExecutionRolePolicy(String roleName, String policyName, PolicyDocument document, int size, int sizeLimit) {
}
