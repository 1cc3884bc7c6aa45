package io.taskdef.rules;

import io.taskdef.arn.Partition;
import io.taskdef.diag.Findings;
import io.taskdef.model.TaskModel;
import java.util.List;

/** The region is a region name such as us-east-1. */
public final class RegionRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("region", List.of("INVALID_REGION"), "error",
            "region is a region code like us-east-1, cn-north-1 or us-gov-west-1", "AWS general reference");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        String region = model.spec().region();
        if (region != null && !Partition.isValidRegion(region)) {
            findings.error("INVALID_REGION", "/region", "'" + region + "' is not a region code like us-east-1");
        }
    }
}
