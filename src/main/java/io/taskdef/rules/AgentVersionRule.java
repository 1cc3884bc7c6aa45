package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.diag.Requirement;
import io.taskdef.model.ResolvedRef;
import io.taskdef.model.TaskModel;
import io.taskdef.model.Version;
import java.util.List;

/**
 * On EC2 and EXTERNAL, the container agent must be new enough: 1.22.0 to inject a whole secret (as an
 * environment variable or a log option), 1.37.0 for a JSON key, version stage or version id.
 */
public final class AgentVersionRule implements Rule {

    static final Version WHOLE_SECRET = Version.parse("1.22.0");
    static final Version QUALIFIED = Version.parse("1.37.0");

    private static final RuleInfo INFO = new RuleInfo("agent-version", List.of("AGENT_VERSION", "INVALID_AGENT_VERSION", "AGENT_VERSION_IGNORED"),
            "error, requirement",
            "EC2/EXTERNAL: container agent >= 1.22.0 for whole secrets and log secretOptions, >= 1.37.0 for a JSON key or version; "
                    + "without agentVersion the minimum is reported as a requirement",
            "ECS guide: secrets-envvar-secrets-manager");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        String given = model.spec().agentVersion();
        if (model.fargate()) {
            if (given != null) {
                findings.warning("AGENT_VERSION_IGNORED", "/agentVersion", "agentVersion only applies to EC2 and EXTERNAL; Fargate manages its agent");
            }
            return;
        }
        if (given != null && model.agentVersion() == null) {
            findings.error("INVALID_AGENT_VERSION", "/agentVersion", "'" + given + "' is not an agent version like 1.68.0");
            return;
        }
        ResolvedRef strictest = null;
        for (ResolvedRef r : Refs.resolved(model)) {
            Version needed = minimum(r);
            if (strictest == null || minimum(strictest).isBefore(needed)) {
                strictest = r;
            }
            if (model.agentVersion() != null && model.agentVersion().isBefore(needed)) {
                findings.error("AGENT_VERSION", r.pointer(), "container agent " + model.agentVersion() + " is older than " + needed
                        + ", which this reference needs because it " + r.feature() + "; update the agent or raise agentVersion");
            }
        }
        if (strictest != null) {
            findings.require(Requirement.minimum("AGENT_VERSION", minimum(strictest).toString(), Refs.because(strictest)));
        }
    }

    static Version minimum(ResolvedRef r) {
        return r.usesQualifier() ? QUALIFIED : WHOLE_SECRET;
    }
}
