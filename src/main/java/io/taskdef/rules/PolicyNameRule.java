package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.TaskModel;
import java.util.List;
import java.util.regex.Pattern;

/** policy.name is an IAM policy name: 1-128 letters, digits and + = , . @ _ - (PutRolePolicy refuses others). */
public final class PolicyNameRule implements Rule {

    static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_+=,.@-]{1,128}$");

    private static final RuleInfo INFO = new RuleInfo("policy-name", List.of("POLICY_NAME"), "error",
            "policy.name (default FAMILY-task-execution) is 1-128 letters, digits and + = , . @ _ -", "IAM API_PutRolePolicy");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        String name = model.spec().policy() == null ? null : model.spec().policy().name();
        if (name != null && !NAME.matcher(name).matches()) {
            findings.error("POLICY_NAME", "/policy/name", "'" + name + "' is not an IAM policy name: use 1-128 letters, digits and + = , . @ _ -"
                    + (name.length() > 128 ? " (it has " + name.length() + " characters)" : ""));
        }
    }
}
