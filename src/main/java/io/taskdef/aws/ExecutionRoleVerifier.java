package io.taskdef.aws;

import io.taskdef.arn.RoleArn;
import io.taskdef.diag.Findings;
import java.util.Optional;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;

/**
 * Checks the task execution role: it exists (with the path the spec's ARN gives) and its trust policy lets
 * {@code ecs-tasks.amazonaws.com} assume it. A role in another account than the service's credentials
 * cannot be read and is reported as not checked.
 */
final class ExecutionRoleVerifier {

    static final String POINTER = "/executionRoleArn";

    private final AwsClients aws;

    ExecutionRoleVerifier(AwsClients aws) {
        this.aws = aws;
    }

    RoleReport check(RoleArn role, String callerAccount, Findings findings) {
        if (!role.account().equals(callerAccount)) {
            findings.warning("EXECUTION_ROLE_NOT_CHECKED", POINTER, "the role is in account " + role.account() + " but the service's AWS "
                    + "credentials are in " + callerAccount + ", so it was not read; make sure it exists and trusts ecs-tasks.amazonaws.com");
            return new RoleReport(role.arn(), false, null, null);
        }
        Optional<Role> found = AwsCall.optional("iam:GetRole", () -> aws.iam(role.partition()).getRole(b -> b.roleName(role.name())).role(),
                NoSuchEntityException.class);
        if (found.isEmpty()) {
            findings.error("EXECUTION_ROLE_NOT_FOUND", POINTER, "IAM has no role named '" + role.name() + "' in account " + role.account()
                    + "; create it with the trust policy in executionRoleTrustPolicy");
            return new RoleReport(role.arn(), true, false, null);
        }
        Role r = found.get();
        if (!r.arn().equals(role.arn())) {
            findings.error("EXECUTION_ROLE_ARN_MISMATCH", POINTER, "the role '" + role.name() + "' is " + r.arn() + " (path " + r.path()
                    + "), not " + role.arn() + "; use its ARN");
        }
        boolean trusts = TrustPolicies.allowsEcsTasks(TrustPolicies.parse(r.assumeRolePolicyDocument()));
        if (!trusts) {
            findings.error("EXECUTION_ROLE_TRUST", POINTER, "the role " + r.arn() + " does not let ecs-tasks.amazonaws.com assume it "
                    + "(sts:AssumeRole in its trust policy); ECS cannot use it as the execution role. See executionRoleTrustPolicy");
        }
        return new RoleReport(role.arn(), true, true, trusts);
    }
}
