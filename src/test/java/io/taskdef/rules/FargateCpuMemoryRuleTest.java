package io.taskdef.rules;

import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.noError;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.okOr;

import io.taskdef.compile.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FargateCpuMemoryRuleTest {

    /** Both sides of every row of the Fargate table: its ends, a step inside, off-step and beyond values. */
    @ParameterizedTest(name = "cpu {0} memory {1}: {2}")
    @CsvSource({
            "256,   512,    true", "256,   1024,   true", "256,   2048,   true",
            "256,   256,    false", "256,   1536,   false", "256,   3072,   false",
            "512,   1024,   true", "512,   2048,   true", "512,   4096,   true",
            "512,   512,    false", "512,   1536,   false", "512,   5120,   false",
            "1024,  2048,   true", "1024,  3072,   true", "1024,  8192,   true",
            "1024,  1024,   false", "1024,  2560,   false", "1024,  9216,   false",
            "2048,  4096,   true", "2048,  5120,   true", "2048,  16384,  true",
            "2048,  3072,   false", "2048,  4608,   false", "2048,  17408,  false",
            "4096,  8192,   true", "4096,  9216,   true", "4096,  30720,  true",
            "4096,  7168,   false", "4096,  8704,   false", "4096,  31744,  false",
            "8192,  16384,  true", "8192,  20480,  true", "8192,  61440,  true",
            "8192,  12288,  false", "8192,  17408,  false", "8192,  65536,  false",
            "16384, 32768,  true", "16384, 40960,  true", "16384, 122880, true",
            "16384, 24576,  false", "16384, 36864,  false", "16384, 131072, false"})
    void linuxPairs(int cpu, int memory, boolean offered) {
        Outcome o = Specs.fargate().set("/cpu", cpu).set("/memory", memory).compile();
        okOr(offered, o, "FARGATE_CPU_MEMORY", "/memory", "with cpu " + cpu + " Fargate offers memory", memory + " is not one of them");
    }

    @ParameterizedTest
    @CsvSource({
            "256,   '512, 1024 or 2048'",
            "512,   '1024-4096 in steps of 1024'",
            "4096,  '8192-30720 in steps of 1024'",
            "8192,  '16384-61440 in steps of 4096'",
            "16384, '32768-122880 in steps of 8192'"})
    void messageNamesTheRow(int cpu, String row) {
        errorSays(Specs.fargate().set("/cpu", cpu).set("/memory", 100).compile(), "FARGATE_CPU_MEMORY", "/memory", row);
    }

    @ParameterizedTest
    @CsvSource({"128", "384", "3000", "32768"})
    void cpuValuesFargateDoesNotOffer(int cpu) {
        Outcome o = Specs.fargate().set("/cpu", cpu).set("/memory", 2048).compile();
        errorSays(o, "FARGATE_CPU_MEMORY", "/cpu", cpu + " is not a Fargate cpu value", "256, 512, 1024, 2048, 4096, 8192, 16384");
    }

    /** Fargate Windows offers 1, 2 and 4 vCPU. */
    @ParameterizedTest
    @CsvSource({"512, 1024, false", "1024, 2048, true", "2048, 4096, true", "4096, 30720, true", "8192, 16384, false", "16384, 32768, false"})
    void windowsCpu(int cpu, int memory, boolean offered) {
        Outcome o = Specs.fargate().set("/os", "WINDOWS_SERVER_2019_CORE").set("/cpu", cpu).set("/memory", memory).compile();
        if (offered) {
            ok(o);
        } else {
            errorSays(o, "FARGATE_CPU_MEMORY", "/cpu", cpu + " is not a Fargate Windows cpu value; use one of 1024, 2048, 4096");
            noError(o, "FARGATE_WINDOWS");
        }
    }

    @Test
    void unitsInText() {
        ok(Specs.fargate().set("/cpu", "0.5 vCPU").set("/memory", "2 GB").compile());
        ok(Specs.fargate().set("/cpu", "0.25 vCPU").set("/memory", "512 MB").compile());
        errorSays(Specs.fargate().set("/cpu", "1 vCPU").set("/memory", "1 GB").compile(), "FARGATE_CPU_MEMORY", "/memory", "1024 is not one of them");
    }

    @Test
    void bothMissingAreBothReported() {
        Outcome o = Specs.fargate().remove("/cpu").remove("/memory").compile();
        errorSays(o, "FARGATE_CPU_MEMORY", "/cpu", "need a task-level cpu");
        errorSays(o, "FARGATE_CPU_MEMORY", "/memory", "need a task-level memory");
    }

    @Test
    void missingMemoryNamesTheRow() {
        errorSays(Specs.fargate().remove("/memory").compile(), "FARGATE_CPU_MEMORY", "/memory", "with cpu 256, 512, 1024 or 2048 MiB");
        Outcome badCpu = Specs.fargate().set("/cpu", 300).remove("/memory").compile();
        Specs.error(badCpu, "FARGATE_CPU_MEMORY", "/cpu");
        Specs.error(badCpu, "FARGATE_CPU_MEMORY", "/memory");
    }

    /** A value that did not bind is the binder's error only. */
    @Test
    void unbindableValuesAreNotReportedAgain() {
        Outcome o = Specs.fargate().set("/cpu", "lots").set("/memory", "0.3 vCPU").compile();
        Specs.error(o, "INVALID_TYPE", "/cpu");
        Specs.error(o, "INVALID_TYPE", "/memory");
        noError(o, "FARGATE_CPU_MEMORY");
    }

    @Test
    void notOnEc2() {
        ok(Specs.ec2().set("/cpu", 300).set("/memory", 700).compile());
    }
}
