package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.diag.Requirement;
import io.taskdef.model.ResolvedRef;
import io.taskdef.model.TaskModel;
import java.util.List;

/**
 * Fargate on Windows: platform version 1.0.0 (LATEST), x86_64 only; secrets work in every form. Its cpu
 * (1 to 4 vCPU) is checked with the memory by {@link FargateCpuMemoryRule}, which knows the Windows table.
 */
public final class FargateWindowsRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("fargate-windows",
            List.of("FARGATE_WINDOWS", "FARGATE_PLATFORM_VERSION"), "error, requirement",
            "Fargate Windows: platform version 1.0.0 (LATEST), X86_64 (task cpu 1024-4096: see fargate-cpu-memory); "
                    + "every secret form works on 1.0.0",
            "platform-windows-fargate");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        if (!model.fargate() || !model.windows()) {
            return;
        }
        if (model.platformVersion() == null || !model.platformVersion().toString().equals("1.0.0")) {
            findings.error("FARGATE_WINDOWS", "/platformVersion", "Fargate Windows has one platform version: use 1.0.0 or LATEST, not '"
                    + model.spec().platformVersion() + "'");
        }
        if ("ARM64".equals(model.architecture())) {
            findings.error("FARGATE_WINDOWS", "/architecture", "Fargate Windows runs on X86_64 only");
        }
        List<ResolvedRef> refs = Refs.resolved(model);
        if (!refs.isEmpty()) {
            findings.require(Requirement.minimum("FARGATE_PLATFORM_VERSION", "1.0.0", Refs.because(refs.get(0))));
        }
    }
}
