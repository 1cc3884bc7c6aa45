package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.EcsValues;
import io.taskdef.model.TaskModel;
import io.taskdef.spec.DidYouMean;
import java.util.List;

/** launchType, os, architecture and networkMode take one of the values ECS knows (case is forgiven). */
public final class EnumValuesRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("enumerations", List.of("INVALID_VALUE"), "error",
            "launchType is FARGATE, EC2 or EXTERNAL; os, architecture and networkMode take ECS's values",
            "API_RegisterTaskDefinition");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        check("/launchType", model.spec().launchType(), EcsValues.LAUNCH_TYPES, findings);
        check("/os", model.spec().os(), EcsValues.OS_FAMILIES, findings);
        check("/architecture", model.spec().architecture(), EcsValues.ARCHITECTURES, findings);
        check("/networkMode", model.spec().networkMode(), EcsValues.NETWORK_MODES, findings);
    }

    static void check(String pointer, String given, List<String> allowed, Findings findings) {
        if (given != null && EcsValues.normalize(given, allowed) == null) {
            findings.error("INVALID_VALUE", pointer, "'" + given + "' is not one of " + String.join(", ", allowed)
                    + DidYouMean.hint(given, allowed));
        }
    }
}
