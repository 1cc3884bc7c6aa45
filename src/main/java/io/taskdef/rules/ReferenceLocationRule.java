package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.ResolvedRef;
import io.taskdef.model.TaskModel;
import java.util.List;

/**
 * References stay in the task's partition. Other regions are reached by full ARN only (names always expand
 * to the task's region), and not through the task's interface VPC endpoints. Other accounts need a
 * resource policy and a customer-managed key.
 */
public final class ReferenceLocationRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("reference-location",
            List.of("CROSS_PARTITION", "CROSS_REGION_ENDPOINT", "CROSS_ACCOUNT_REFERENCE"), "error, warning",
            "a reference is in the task's partition; a cross-region reference is a full ARN (names expand to the task's region) and "
                    + "is not reachable through the task's VPC endpoints (warning); a cross-account secret needs a resource policy "
                    + "and a customer-managed key (warning)",
            "ECS guide: secrets-envvar-secrets-manager; secretsmanager auth-and-access_examples_cross");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        for (ResolvedRef r : Refs.resolved(model)) {
            if (!r.partition().equals(model.partition().id())) {
                findings.error("CROSS_PARTITION", r.pointer(), "the " + r.describe() + " is in partition " + r.partition()
                        + " but the task runs in " + model.region() + " (" + model.partition().id() + "); ECS cannot read across partitions");
                continue;
            }
            if (!r.region().equals(model.region()) && model.usesVpcEndpoints()) {
                findings.warning("CROSS_REGION_ENDPOINT", r.pointer(), "the " + r.describe() + " is in " + r.region()
                        + "; interface VPC endpoints only serve " + model.region() + ", so tasks without internet access cannot reach it");
            }
            // the AWS managed key cannot be used across accounts: declaring alias/aws/secretsmanager does not help
            if (model.account() != null && !r.account().equals(model.account()) && (r.kms() == null || r.kms().awsManaged())) {
                findings.warning("CROSS_ACCOUNT_REFERENCE", r.pointer(), "the " + r.describe() + " is in account " + r.account()
                        + ": it needs a resource policy allowing this execution role, and a customer-managed key (declare kmsKey) "
                        + "because the AWS managed key cannot be used across accounts");
            }
        }
    }
}
