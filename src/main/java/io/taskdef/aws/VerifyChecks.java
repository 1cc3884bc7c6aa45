package io.taskdef.aws;

import io.taskdef.rules.RuleInfo;
import java.util.List;

/**
 * The checks {@code POST /v1/taskdefs/verify} (and {@code register?verify=true}) make against AWS, for the
 * catalogue: every code they report, each with the AWS call that finds it.
 */
public final class VerifyChecks {

    public static final List<RuleInfo> ALL = List.of(
            new RuleInfo("verify-secret-exists", List.of("SECRET_NOT_FOUND", "SECRET_AMBIGUOUS", "SECRET_DELETED", "SECRET_NO_VALUE"), "error",
                    "each secret in secrets and secretOptions exists and its name or partial ARN resolves to exactly one complete ARN, "
                            + "which then replaces it in valueFrom and the policy (DescribeSecret)", "secretsmanager API_DescribeSecret"),
            new RuleInfo("verify-secret-version", List.of("VERSION_STAGE_NOT_FOUND", "VERSION_ID_NOT_FOUND"), "error",
                    "a versionStage or versionId names an existing version of the secret (DescribeSecret VersionIdsToStages)",
                    "secretsmanager API_DescribeSecret"),
            new RuleInfo("verify-kms-key", List.of("KMS_KEY_MISMATCH", "KMS_KEY_NOT_FOUND"), "error",
                    "the KMS key that really encrypts a secret or SecureString (aliases resolved with DescribeKey) is the declared kmsKey; "
                            + "an undeclared customer-managed key is granted kms:Decrypt (KMS_KEY_UNDECLARED warning), the AWS managed "
                            + "key needs nothing", "secretsmanager security-encryption; kms API_DescribeKey"),
            new RuleInfo("verify-secret-value", List.of("SECRET_BINARY", "SECRET_NOT_JSON", "JSON_KEY_NOT_FOUND", "SECRET_UNREADABLE"), "error",
                    "with taskdef.verify.deep-checks: the value is a SecretString (ECS cannot inject SecretBinary) and, for a jsonKey, a JSON "
                            + "object holding that top-level key; values are read in memory only, never returned or logged",
                    "seed; secrets-app-secrets-manager"),
            new RuleInfo("verify-parameter-exists", List.of("PARAMETER_NOT_FOUND"), "error",
                    "each SSM parameter exists; a SecureString's KMS key is checked like a secret's (DescribeParameters, no value read)",
                    "secrets-envvar-ssm-paramstore"),
            new RuleInfo("verify-execution-role", List.of("EXECUTION_ROLE_NOT_FOUND", "EXECUTION_ROLE_ARN_MISMATCH", "EXECUTION_ROLE_TRUST",
                    "EXECUTION_ROLE_NOT_CHECKED"), "error, warning",
                    "the execution role exists with the ARN the spec gives and trusts ecs-tasks.amazonaws.com (GetRole); a role in another "
                            + "account than the service's credentials is not checked (warning)", "ECS task_execution_IAM_role"),
            new RuleInfo("register-apply-policy", List.of("APPLY_POLICY_WITHOUT_ROLE", "APPLY_POLICY_OTHER_ACCOUNT"), "error",
                    "applyPolicy=true needs an executionRoleArn in the account of the service's credentials", "iam API_PutRolePolicy"),
            new RuleInfo("aws-failures", List.of("AWS_ACCESS_DENIED", "AWS_CREDENTIALS_REJECTED", "AWS_CREDENTIALS_MISSING", "AWS_REJECTED",
                    "AWS_THROTTLED", "AWS_UNREACHABLE", "AWS_TIMEOUT", "AWS_ERROR"), "error",
                    "a failed AWS call answers 403 (denied, naming the action), 422 (rejected, with AWS's message), 503 (throttled after "
                            + "retries, unreachable, no credentials), 504 (timeout) or 502 (other AWS error), with AWS's request id",
                    "DESIGN §5"));

    private VerifyChecks() {
    }
}
