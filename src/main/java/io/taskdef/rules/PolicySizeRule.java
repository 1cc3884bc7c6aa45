package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.TaskModel;
import java.util.List;

/** The execution role policy fits IAM's limit for a role's inline policies (10,240 characters without whitespace). */
public final class PolicySizeRule implements Rule {

    public static final int LIMIT = 10_240;

    private static final RuleInfo INFO = new RuleInfo("policy-size", List.of("POLICY_TOO_LARGE"), "warning",
            "the execution role policy stays under IAM's 10,240-character limit for a role's inline policies (whitespace not counted)",
            "IAM quotas: reference_iam-quotas");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        int size = model.executionPolicySize();
        if (size > LIMIT) {
            findings.warning("POLICY_TOO_LARGE", "", "the execution role policy is " + size + " characters; IAM allows " + LIMIT
                    + " for all of a role's inline policies together: split the secrets over several task definitions, "
                    + "or attach it as a managed policy (6,144 per policy)");
        }
    }

    /** IAM's size measure on written JSON: the characters that are not whitespace ({@link io.taskdef.policy.PolicySize} counts the same without writing). */
    public static int size(String compactJson) {
        int n = 0;
        for (int i = 0; i < compactJson.length(); i++) {
            if (!Character.isWhitespace(compactJson.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
