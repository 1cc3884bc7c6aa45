package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.ContainerModel;
import io.taskdef.model.EcsValues;
import io.taskdef.model.TaskModel;
import io.taskdef.spec.DidYouMean;
import java.util.List;

/** The log driver is one ECS knows; Fargate supports awslogs, splunk and awsfirelens. */
public final class LogDriverRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("log-driver", List.of("LOG_DRIVER"), "error",
            "logging.driver is an ECS log driver; on Fargate one of awslogs, splunk, awsfirelens", "API_LogConfiguration");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        for (ContainerModel c : model.containers()) {
            if (c.spec().logging() == null || c.spec().logging().driver() == null) {
                continue;
            }
            String given = c.spec().logging().driver();
            String ptr = c.pointer() + "/logging/driver";
            if (c.logDriver() == null) {
                findings.error("LOG_DRIVER", ptr, "'" + given + "' is not an ECS log driver; use one of "
                        + String.join(", ", EcsValues.LOG_DRIVERS) + DidYouMean.hint(given, EcsValues.LOG_DRIVERS));
            } else if (model.fargate() && !EcsValues.FARGATE_LOG_DRIVERS.contains(c.logDriver())) {
                findings.error("LOG_DRIVER", ptr, "Fargate supports the log drivers " + String.join(", ", EcsValues.FARGATE_LOG_DRIVERS)
                        + ", not " + c.logDriver());
            }
        }
    }
}
