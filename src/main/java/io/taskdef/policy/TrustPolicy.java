package io.taskdef.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The trust policy that lets ECS tasks assume the execution role. */
public final class TrustPolicy {

    public static final String ECS_TASKS_PRINCIPAL = "ecs-tasks.amazonaws.com";

    private TrustPolicy() {
    }

    /**
     * Trust for {@code ecs-tasks.amazonaws.com}; with a known account, scoped against the confused-deputy
     * problem by {@code aws:SourceAccount} and an {@code aws:SourceArn} of that account's ECS resources.
     */
    public static PolicyDocument forEcsTasks(String partition, String region, String account) {
        Map<String, Map<String, String>> condition = null;
        if (account != null) {
            condition = new LinkedHashMap<>();
            condition.put("ArnLike", Map.of("aws:SourceArn", "arn:" + partition + ":ecs:" + region + ":" + account + ":*"));
            condition.put("StringEquals", Map.of("aws:SourceAccount", account));
        }
        Statement s = new Statement("AllowEcsTasksToAssumeRole", "Allow", Map.of("Service", ECS_TASKS_PRINCIPAL),
                List.of("sts:AssumeRole"), null, condition);
        return new PolicyDocument(PolicyDocument.VERSION, List.of(s));
    }
}
