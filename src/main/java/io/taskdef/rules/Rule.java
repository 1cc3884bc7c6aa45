package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.TaskModel;

/**
 * One check of a resolved spec. A rule reports into {@link Findings} (errors, warnings, requirements) and
 * never throws; it reads only the model, so rules are independent of each other and of their order.
 */
public interface Rule {

    RuleInfo info();

    void check(TaskModel model, Findings findings);
}
