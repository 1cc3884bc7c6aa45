package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.diag.Requirement;
import io.taskdef.model.ResolvedRef;
import io.taskdef.model.TaskModel;
import io.taskdef.model.Version;
import java.util.List;

/**
 * Fargate on Linux: a whole secret (environment or log secretOptions) needs platform version 1.3.0, a JSON
 * key, version stage or version id needs 1.4.0 (the seed's "not supported" is outdated), and so do 8 and
 * 16 vCPU tasks. LATEST is 1.4.0.
 */
public final class FargatePlatformVersionRule implements Rule {

    static final List<String> LINUX_VERSIONS = List.of("1.0.0", "1.1.0", "1.2.0", "1.3.0", "1.4.0");
    static final Version WHOLE_SECRET = Version.parse("1.3.0");
    static final Version QUALIFIED = Version.parse("1.4.0");

    private static final RuleInfo INFO = new RuleInfo("fargate-platform-version",
            List.of("FARGATE_PLATFORM_VERSION", "INVALID_PLATFORM_VERSION", "PLATFORM_VERSION_IGNORED"), "error, requirement, warning",
            "Fargate Linux: >= 1.3.0 for any secret, >= 1.4.0 for a JSON key, version stage or version id, and for 8192+ cpu; "
                    + "LATEST = 1.4.0; the minimum is always reported as a requirement; platformVersion on EC2/EXTERNAL is ignored (warning)",
            "ECS guide: secrets-envvar-secrets-manager; platform-linux-fargate");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        if (!model.fargate() && model.spec().platformVersion() != null) {
            findings.warning("PLATFORM_VERSION_IGNORED", "/platformVersion", "platformVersion only applies to Fargate; "
                    + model.launchType() + " tasks run on the container agent (see agentVersion)");
        }
        if (!model.fargate() || model.windows()) {
            return;
        }
        String given = model.spec().platformVersion();
        Version version = model.platformVersion();
        if (version == null || !LINUX_VERSIONS.contains(version.toString())) {
            findings.error("INVALID_PLATFORM_VERSION", "/platformVersion", "'" + given + "' is not a Fargate Linux platform version; use LATEST or one of "
                    + String.join(", ", LINUX_VERSIONS));
            return;
        }
        Version strictest = null;
        String because = null;
        for (ResolvedRef r : Refs.resolved(model)) {
            Version needed = r.usesQualifier() ? QUALIFIED : WHOLE_SECRET;
            if (strictest == null || strictest.isBefore(needed)) {
                strictest = needed;
                because = Refs.because(r);
            }
            if (version.isBefore(needed)) {
                findings.error("FARGATE_PLATFORM_VERSION", r.pointer(), "Fargate platform version " + given + " cannot run this reference: it "
                        + r.feature() + ", which needs " + needed + " or later; set platformVersion to " + needed + " or LATEST");
            }
        }
        Integer cpu = model.spec().cpu();
        // only cpu values Fargate offers: any other is FargateCpuMemoryRule's error, not a platform version's
        if (cpu != null && cpu >= 8192 && FargateCpuMemoryRule.isFargateCpu(cpu)) {
            if (version.isBefore(QUALIFIED)) {
                findings.error("FARGATE_PLATFORM_VERSION", "/cpu", cpu + " CPU units need Fargate platform version 1.4.0 or later");
            }
            if (strictest == null || strictest.isBefore(QUALIFIED)) {
                strictest = QUALIFIED;
                because = "/cpu is " + cpu + " units";
            }
        }
        if (strictest != null) {
            findings.require(Requirement.minimum("FARGATE_PLATFORM_VERSION", strictest.toString(), because));
        }
    }
}
