package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.ResolvedRef;
import io.taskdef.model.TaskModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * kmsKey names a customer-managed key by ARN (or key id) in the secret's region; one secret has one key;
 * the AWS managed default key needs no grant.
 */
public final class KmsKeyRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("kms-key",
            List.of("KMS_KEY_ALIAS", "INVALID_KMS_KEY", "KMS_KEY_CONFLICT", "KMS_KEY_REGION", "KMS_KEY_AWS_MANAGED", "KMS_KEY_UNDECLARED"),
            "error, warning",
            "kmsKey is a key ARN or key id in the secret's region (aliases cannot be granted by ARN); a secret given two different keys "
                    + "is an error; the AWS managed aws/secretsmanager key needs no kms:Decrypt (warning); a customer-managed key found "
                    + "when verifying against AWS that the spec does not declare is granted and reported (warning)",
            "seed; secretsmanager security-encryption; kms key-policy");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        Map<String, ResolvedRef> keyBySecret = new HashMap<>();
        for (ResolvedRef r : model.refs()) {
            if (r.kmsProblem() == null && (r.kms() == null || !r.resolved())) {
                continue;
            }
            String ptr = r.spec().isRaw() || r.kmsDiscovered() ? r.pointer() : r.pointer() + "/kmsKey";
            if (r.kmsProblem() != null) {
                // KMS_KEY_ALIAS has its own code; a malformed ARN or a key id without an account is an invalid key
                String code = r.kmsProblem().code().equals("KMS_KEY_ALIAS") ? "KMS_KEY_ALIAS" : "INVALID_KMS_KEY";
                findings.error(code, ptr, r.kmsProblem().message());
                continue;
            }
            if (r.kms().awsManaged()) {
                findings.warning("KMS_KEY_AWS_MANAGED", ptr, "the AWS managed key needs no kms:Decrypt grant; leave kmsKey out");
                continue;
            }
            if (r.kmsDiscovered()) {
                findings.warning("KMS_KEY_UNDECLARED", ptr, "the " + r.describe() + " is encrypted with the customer-managed key "
                        + r.kms().arn() + ", which the spec does not declare; kms:Decrypt on it was added to the execution role policy. "
                        + "Declare it as kmsKey so the spec compiles to the same policy without verifying");
            }
            if (!r.kms().region().equals(r.region())) {
                findings.error("KMS_KEY_REGION", ptr, "the key is in " + r.kms().region() + " but the " + r.describe() + " is in "
                        + r.region() + "; Secrets Manager and SSM only use keys of their own region");
                continue;
            }
            String identity = r.secret() != null ? r.secret().policyResource() : r.parameter().arn();
            ResolvedRef first = keyBySecret.putIfAbsent(identity, r);
            if (first != null && !first.kms().arn().equals(r.kms().arn())) {
                findings.error("KMS_KEY_CONFLICT", ptr, "the " + r.describe() + " is encrypted by one key, but " + first.pointer()
                        + " names " + first.kms().arn() + " and this reference names " + r.kms().arn());
            }
        }
    }
}
