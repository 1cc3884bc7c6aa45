package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.TaskModel;
import java.util.ArrayList;
import java.util.List;

/** Fargate tasks set cpu and memory, as one of the combinations Fargate offers. */
public final class FargateCpuMemoryRule implements Rule {

    /** cpu units, lowest and highest memory in MiB, step in MiB. */
    record Row(int cpu, int min, int max, int step) {
        boolean allows(int memory) {
            if (cpu == 256) {
                return memory == 512 || memory == 1024 || memory == 2048;
            }
            return memory >= min && memory <= max && (memory - min) % step == 0;
        }

        String describe() {
            if (cpu == 256) {
                return "512, 1024 or 2048";
            }
            return min + "-" + max + " in steps of " + step;
        }
    }

    static final List<Row> ROWS = List.of(
            new Row(256, 512, 2048, 512),
            new Row(512, 1024, 4096, 1024),
            new Row(1024, 2048, 8192, 1024),
            new Row(2048, 4096, 16384, 1024),
            new Row(4096, 8192, 30720, 1024),
            new Row(8192, 16384, 61440, 4096),
            new Row(16384, 32768, 122880, 8192));

    private static final RuleInfo INFO = new RuleInfo("fargate-cpu-memory", List.of("FARGATE_CPU_MEMORY"), "error",
            "Fargate cpu/memory: 256: 512/1024/2048; 512: 1-4 GB; 1024: 2-8 GB; 2048: 4-16 GB; 4096: 8-30 GB (1 GB steps); "
                    + "8192: 16-60 GB (4 GB steps); 16384: 32-120 GB (8 GB steps); Windows 1024-4096 only",
            "API_RegisterTaskDefinition");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        if (!model.fargate()) {
            return;
        }
        Integer cpu = model.spec().cpu();
        Integer memory = model.spec().memory();
        Row row = cpu == null ? null : row(cpu, model.windows());
        if (cpu == null && !findings.hasErrorAt("/cpu")) {
            findings.error("FARGATE_CPU_MEMORY", "/cpu", "Fargate tasks need a task-level cpu: one of " + cpuValues(model.windows()));
        } else if (cpu != null && row == null) {
            findings.error("FARGATE_CPU_MEMORY", "/cpu", cpu + " is not a Fargate " + (model.windows() ? "Windows " : "")
                    + "cpu value; use one of " + cpuValues(model.windows()));
        }
        if (memory == null) {
            // reported even without a usable cpu, so both missing fields are named at once
            if (!findings.hasErrorAt("/memory")) {
                findings.error("FARGATE_CPU_MEMORY", "/memory", "Fargate tasks need a task-level memory"
                        + (row == null ? " (MiB)" : ": with cpu " + cpu + ", " + row.describe() + " MiB"));
            }
        } else if (row != null && !row.allows(memory)) {
            findings.error("FARGATE_CPU_MEMORY", "/memory", "with cpu " + cpu + " Fargate offers memory " + row.describe()
                    + " MiB; " + memory + " is not one of them");
        }
    }

    private static Row row(int cpu, boolean windows) {
        for (Row r : ROWS) {
            if (r.cpu == cpu && offered(r, windows)) {
                return r;
            }
        }
        return null;
    }

    /** Fargate Windows offers 1, 2 and 4 vCPU. */
    private static boolean offered(Row r, boolean windows) {
        return !windows || (r.cpu >= 1024 && r.cpu <= 4096);
    }

    /** True for a cpu value Fargate offers (on Linux). */
    static boolean isFargateCpu(int cpu) {
        return row(cpu, false) != null;
    }

    private static String cpuValues(boolean windows) {
        List<String> out = new ArrayList<>();
        for (Row r : ROWS) {
            if (offered(r, windows)) {
                out.add(Integer.toString(r.cpu));
            }
        }
        return String.join(", ", out);
    }
}
