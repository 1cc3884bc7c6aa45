package io.taskdef.rules;

import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.okOr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContainerMemoryRuleTest {

    @Test
    void ec2ContainerWithoutAnyMemory() {
        errorSays(Specs.ec2().remove("/containers/0/memory").compile(), "CONTAINER_MEMORY", "/containers/0/memory",
                "sets memory or memoryReservation");
        ok(Specs.ec2().remove("/containers/0/memory").set("/containers/0/memoryReservation", 256).compile());
        ok(Specs.ec2().remove("/containers/0/memory").set("/memory", 1024).compile());
    }

    @Test
    void fargateContainersMayLeaveMemoryToTheTask() {
        ok(Specs.fargate().compile());
    }

    @ParameterizedTest
    @CsvSource({"5, false", "6, true"})
    void sixMiBMinimum(int memory, boolean valid) {
        Specs.Spec s = Specs.ec2().set("/containers/0/memory", memory);
        okOr(valid, s.compile(), "CONTAINER_MEMORY", "/containers/0/memory", "at least 6 MiB");
    }

    @ParameterizedTest
    @CsvSource({"512, true", "513, false"})
    void reservationNotAboveTheLimit(int reservation, boolean valid) {
        Specs.Spec s = Specs.ec2().set("/containers/0/memoryReservation", reservation);
        okOr(valid, s.compile(), "CONTAINER_MEMORY", "/containers/0/memoryReservation", "memoryReservation 513", "limit 512");
    }

    /** The containers' hard limits fit in the task's memory. */
    @ParameterizedTest
    @CsvSource({"256, 256, true", "256, 257, false", "512, 0, true"})
    void containersFitTheTask(int first, int second, boolean valid) {
        Specs.Spec s = Specs.fargate().set("/containers/0/memory", first);
        if (second > 0) {
            s.container(1, "sidecar").set("/containers/1/memory", second);
        }
        okOr(valid, s.compile(), "CONTAINER_MEMORY", "/memory", "add up to 513 MiB", "task's 512 MiB");
    }

    @Test
    void memoryUnits() {
        ok(Specs.ec2().set("/containers/0/memory", "0.5 GB").set("/containers/0/memoryReservation", "256 MB").compile());
        errorSays(Specs.ec2().set("/containers/0/memory", "256 MB").set("/containers/0/memoryReservation", "0.5 GB").compile(),
                "CONTAINER_MEMORY", "/containers/0/memoryReservation", "memoryReservation 512");
    }
}
