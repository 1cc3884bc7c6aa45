package io.taskdef.aws;

import io.taskdef.arn.RoleArn;
import java.util.Optional;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import tools.jackson.databind.JsonNode;

/** The IAM side of registering: read and put the execution role's inline policy (role name from its ARN, path dropped). */
final class RolePolicies {

    private final AwsClients aws;

    RolePolicies(AwsClients aws) {
        this.aws = aws;
    }

    /** The inline policy's document, parsed; empty when the role has no policy of that name. */
    Optional<JsonNode> get(RoleArn role, String policyName) {
        return AwsCall.optional("iam:GetRolePolicy", () -> aws.iam(role.partition())
                        .getRolePolicy(b -> b.roleName(role.name()).policyName(policyName)), NoSuchEntityException.class)
                .map(r -> TrustPolicies.parse(r.policyDocument()));
    }

    void put(RoleArn role, String policyName, String document) {
        AwsCall.call("iam:PutRolePolicy", () -> aws.iam(role.partition())
                .putRolePolicy(b -> b.roleName(role.name()).policyName(policyName).policyDocument(document)));
    }
}
