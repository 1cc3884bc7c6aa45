package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.TaskModel;
import java.util.List;

/** The family is 1-255 letters, digits, hyphens and underscores. */
public final class FamilyNameRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("family-name", List.of("FAMILY_NAME"), "error",
            "family is 1-255 letters, digits, '-' and '_'", "API_RegisterTaskDefinition");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        String family = model.spec().family();
        if (family != null && !ContainerNameRule.isName(family)) {
            findings.error("FAMILY_NAME", "/family", ContainerNameRule.nameMessage("family", family));
        }
    }
}
