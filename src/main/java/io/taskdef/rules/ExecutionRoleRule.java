package io.taskdef.rules;

import io.taskdef.arn.ArnResult;
import io.taskdef.arn.RoleArn;
import io.taskdef.diag.Findings;
import io.taskdef.model.ContainerModel;
import io.taskdef.model.EcrImage;
import io.taskdef.model.TaskModel;
import java.util.List;

/**
 * Role ARNs are IAM role ARNs. The task execution role is required as soon as the agent must fetch anything
 * on the task's behalf: any secret or secretOptions, and on Fargate also a private ECR image or awslogs.
 */
public final class ExecutionRoleRule implements Rule {


    private static final RuleInfo INFO = new RuleInfo("execution-role", List.of("EXECUTION_ROLE_REQUIRED", "INVALID_ROLE_ARN"), "error",
            "executionRoleArn must be set when any secret or secretOptions is used (and on Fargate for ECR images and awslogs); "
                    + "role ARNs are arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME",
            "seed; task_execution_IAM_role");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        // the model holds each role the spec names with a valid ARN; only the others are parsed again, for the reason
        if (model.executionRole() == null) {
            roleArn(model.spec().executionRoleArn(), "/executionRoleArn", findings);
        }
        if (model.taskRole() == null) {
            roleArn(model.spec().taskRoleArn(), "/taskRoleArn", findings);
        }
        if (model.spec().executionRoleArn() != null) {
            return;
        }
        String reason = reason(model);
        if (reason != null) {
            findings.error("EXECUTION_ROLE_REQUIRED", "/executionRoleArn", "set executionRoleArn: " + reason
                    + ", which the ECS agent does with the task execution role");
        }
    }

    private static String reason(TaskModel model) {
        if (!model.refs().isEmpty()) {
            return model.refs().get(0).pointer() + " reads a secret";
        }
        if (model.fargate()) {
            for (ContainerModel c : model.containers()) {
                if (EcrImage.isEcr(c.spec().image())) {
                    return c.pointer() + "/image is pulled from a private ECR repository";
                }
                if ("awslogs".equals(c.logDriver())) {
                    return c.pointer() + "/logging sends logs to CloudWatch";
                }
            }
        }
        return null;
    }

    private static void roleArn(String arn, String pointer, Findings findings) {
        if (arn == null) {
            return;
        }
        ArnResult<RoleArn> r = RoleArn.parse(arn);
        if (!r.ok()) {
            findings.error("INVALID_ROLE_ARN", pointer, r.problem().message());
        }
    }
}
