package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.EcsValues;
import io.taskdef.model.TaskModel;
import java.util.List;

/** Fargate uses awsvpc; EXTERNAL cannot; Windows on EC2 uses the default mode or awsvpc. */
public final class NetworkModeRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("network-mode", List.of("NETWORK_MODE"), "error",
            "Fargate tasks use networkMode awsvpc (the default); EXTERNAL tasks cannot use awsvpc; Windows EC2 tasks use awsvpc or leave it unset",
            "API_RegisterTaskDefinition");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        String mode = EcsValues.normalize(model.spec().networkMode(), EcsValues.NETWORK_MODES);
        if (mode == null) {
            return;
        }
        if (model.fargate() && !mode.equals("awsvpc")) {
            findings.error("NETWORK_MODE", "/networkMode", "Fargate tasks must use networkMode awsvpc, not " + mode + " (leave it out to get awsvpc)");
        } else if ("EXTERNAL".equals(model.launchType()) && mode.equals("awsvpc")) {
            findings.error("NETWORK_MODE", "/networkMode", "EXTERNAL (ECS Anywhere) tasks cannot use awsvpc; use bridge, host or none");
        } else if (!model.fargate() && model.windows() && !mode.equals("awsvpc")) {
            findings.error("NETWORK_MODE", "/networkMode", "Windows tasks on EC2 use awsvpc or the default (leave networkMode out), not " + mode);
        }
    }
}
