package io.taskdef.model;

import io.taskdef.spec.ContainerSpec;
import io.taskdef.wire.SdkWireReader.FieldValue;
import java.util.List;
import java.util.Map;

/**
 * A container of the spec with its references resolved and its overrides read against the ECS model.
 *
 * @param logDriver  the log driver's wire value (awslogs, splunk, ...), null without logging
 * @param logOptions the log options as given, plus the awslogs defaults (group /ecs/FAMILY, the task's
 *                   region, the container name as stream prefix) for those left out
 */
public record ContainerModel(int index, String pointer, ContainerSpec spec, String logDriver, Map<String, String> logOptions,
                             List<ResolvedRef> environmentRefs, List<ResolvedRef> logRefs, List<FieldValue> overrides) {

    public String name() {
        return spec.name();
    }
}
