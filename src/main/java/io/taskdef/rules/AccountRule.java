package io.taskdef.rules;

import io.taskdef.arn.Arn;
import io.taskdef.arn.RoleArn;
import io.taskdef.diag.Findings;
import io.taskdef.model.TaskModel;
import java.util.List;

/** The account is 12 digits, and the roles of the task definition live in it. */
public final class AccountRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("account", List.of("INVALID_ACCOUNT", "ACCOUNT_MISMATCH"), "error",
            "'account' is a 12-digit AWS account id, and executionRoleArn and taskRoleArn belong to that account",
            "IAM identifiers; API_RegisterTaskDefinition");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        String account = model.spec().account();
        if (account != null && !Arn.isValidAccount(account)) {
            findings.error("INVALID_ACCOUNT", "/account", "'" + account + "' is not a 12-digit AWS account id"
                    + " (quote it in YAML so it stays a string with its leading zeros)");
            return;
        }
        mismatch(model.account(), model.executionRole(), "/executionRoleArn", findings);
        mismatch(model.account(), model.taskRole(), "/taskRoleArn", findings);
    }

    private static void mismatch(String account, RoleArn role, String pointer, Findings findings) {
        if (account != null && role != null && !role.account().equals(account)) {
            findings.error("ACCOUNT_MISMATCH", pointer, "the role is in account " + role.account() + " but the task definition is for account "
                    + account + "; ECS only uses roles of the task definition's own account");
        }
    }
}
