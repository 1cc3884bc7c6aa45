package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.diag.Requirement;
import io.taskdef.model.ContainerModel;
import io.taskdef.model.TaskModel;
import java.util.List;

/**
 * On EC2 and EXTERNAL, awslogs with a task execution role needs the agent setting
 * ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true (ECS-optimized AMIs set it; custom AMIs and Windows do not).
 */
public final class AwslogsAgentConfigRule implements Rule {

    public static final String SETTING = "ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true";

    private static final RuleInfo INFO = new RuleInfo("awslogs-execution-role-override", List.of("AGENT_CONFIG"), "requirement",
            "EC2/EXTERNAL with awslogs and an execution role: the agent needs ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true "
                    + "(ecs.config on Linux, a machine environment variable in the user data on Windows)",
            "amazon-ecs-agent README; seed");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        if (model.fargate() || model.spec().executionRoleArn() == null) {
            return;
        }
        for (ContainerModel c : model.containers()) {
            if ("awslogs".equals(c.logDriver())) {
                findings.require(Requirement.setting("AGENT_CONFIG", SETTING,
                        c.pointer() + "/logging uses awslogs with the task execution role"));
                return;
            }
        }
    }
}
