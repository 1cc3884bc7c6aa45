package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.ResolvedRef;
import io.taskdef.model.TaskModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Secret values are read when a task starts: after a rotation, running tasks keep the old value. */
public final class RotationRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("secret-rotation", List.of("SECRET_ROTATION"), "warning",
            "secrets are injected when the container starts; after rotating or updating one, launch new tasks (force a new deployment)",
            "seed");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        Set<String> secrets = new HashSet<>(); // once per secret and per parameter, by name
        Set<String> parameters = new HashSet<>();
        for (ResolvedRef r : Refs.resolved(model)) {
            String name = r.secret() != null ? r.secret().name() : r.parameter().name();
            if ((r.secret() != null ? secrets : parameters).add(name)) {
                findings.warning("SECRET_ROTATION", r.pointer(), "read at task start: after rotating or changing " + name
                        + ", force a new deployment (aws ecs update-service --force-new-deployment)");
            }
        }
    }
}
