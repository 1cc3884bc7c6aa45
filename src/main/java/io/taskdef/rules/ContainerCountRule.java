package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.TaskModel;
import java.util.List;

/** A task definition has 1 to 10 containers. */
public final class ContainerCountRule implements Rule {

    static final int MAX = 10;

    private static final RuleInfo INFO = new RuleInfo("container-count", List.of("CONTAINER_COUNT"), "error",
            "a task definition has 1 to 10 containers", "ECS service quotas");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        int n = model.spec().containers() == null ? 0 : model.spec().containers().size();
        if (n == 0 && !findings.hasErrorAt("/containers")) {
            findings.error("CONTAINER_COUNT", "/containers", "give at least one container");
        } else if (n > MAX) {
            findings.error("CONTAINER_COUNT", "/containers/" + MAX, "a task definition holds at most " + MAX
                    + " containers; this spec has " + n + " (split it into several task definitions)");
        }
    }
}
