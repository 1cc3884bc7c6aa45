package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.TaskModel;
import java.util.List;

/** A spec holds a bounded number of secret and parameter references. */
public final class ReferenceCountRule implements Rule {

    private final int max;
    private final RuleInfo info;

    public ReferenceCountRule(int max) {
        this.max = max;
        this.info = new RuleInfo("reference-count", List.of("TOO_MANY_REFERENCES"), "error",
                "a spec holds at most " + max + " secret and parameter references in all", "service limit");
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        if (model.refs().size() > max) {
            findings.error("TOO_MANY_REFERENCES", model.refs().get(max).pointer(), "the spec has " + model.refs().size()
                    + " secret references; the limit is " + max);
        }
    }
}
