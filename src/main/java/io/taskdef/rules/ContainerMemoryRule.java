package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.ContainerModel;
import io.taskdef.model.TaskModel;
import java.util.List;

/**
 * Without task-level memory (EC2/EXTERNAL), each container sets memory or memoryReservation; a reservation
 * is not above the hard limit; the containers' hard limits fit in the task's memory.
 */
public final class ContainerMemoryRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("container-memory", List.of("CONTAINER_MEMORY"), "error",
            "without task memory each container sets memory or memoryReservation; memoryReservation <= memory; "
                    + "the containers' memory fits in the task's memory",
            "API_ContainerDefinition");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        Integer taskMemory = model.spec().memory();
        long sum = 0;
        for (ContainerModel c : model.containers()) {
            Integer hard = c.spec().memory();
            Integer soft = c.spec().memoryReservation();
            if (taskMemory == null && hard == null && soft == null && !model.fargate()) {
                findings.error("CONTAINER_MEMORY", c.pointer() + "/memory", "without a task-level memory, each container sets memory "
                        + "or memoryReservation (MiB)");
            }
            if (hard != null && hard < 6) {
                findings.error("CONTAINER_MEMORY", c.pointer() + "/memory", "containers need at least 6 MiB of memory");
            } else if (hard != null && soft != null && soft > hard) {
                findings.error("CONTAINER_MEMORY", c.pointer() + "/memoryReservation", "memoryReservation " + soft
                        + " is above the container's memory limit " + hard);
            }
            if (hard != null) {
                sum += hard;
            }
        }
        if (taskMemory != null && sum > taskMemory) {
            findings.error("CONTAINER_MEMORY", "/memory", "the containers' memory limits add up to " + sum + " MiB, more than the task's "
                    + taskMemory + " MiB");
        }
    }
}
