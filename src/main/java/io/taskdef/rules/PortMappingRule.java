package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.ContainerModel;
import io.taskdef.model.EcsValues;
import io.taskdef.model.TaskModel;
import io.taskdef.spec.PortSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Ports are 1-65535 with tcp or udp; under awsvpc the host port is the container port; no port twice. */
public final class PortMappingRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ports", List.of("PORT"), "error",
            "ports are 1-65535, protocol tcp or udp; with awsvpc hostPort equals containerPort or is left out; "
                    + "with awsvpc or host a port/protocol appears once per task",
            "API_PortMapping");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        Set<String> used = new HashSet<>();
        boolean awsvpc = "awsvpc".equals(model.networkMode());
        // containers share the task's ports under awsvpc and host; bridge maps each to its own host port
        boolean shared = awsvpc || "host".equals(model.networkMode());
        for (ContainerModel c : model.containers()) {
            if (c.spec().ports() == null) {
                continue;
            }
            for (PortSpec p : c.spec().ports()) {
                if (p.containerPort() == null) {
                    continue;
                }
                if (p.containerPort() < 1 || p.containerPort() > 65535) {
                    findings.error("PORT", p.pointer(), "port " + p.containerPort() + " is outside 1-65535");
                    continue;
                }
                if (p.hostPort() != null && (p.hostPort() < 0 || p.hostPort() > 65535)) {
                    findings.error("PORT", p.pointer() + "/hostPort", "host port " + p.hostPort() + " is outside 0-65535");
                } else if (awsvpc && p.hostPort() != null && !p.hostPort().equals(p.containerPort())) {
                    findings.error("PORT", p.pointer() + "/hostPort", "with networkMode awsvpc the host port is the container port ("
                            + p.containerPort() + "); leave hostPort out");
                }
                String protocol = p.protocol() == null ? "tcp" : EcsValues.normalize(p.protocol(), EcsValues.PROTOCOLS);
                if (protocol == null) {
                    findings.error("PORT", p.pointer() + "/protocol", "protocol is tcp or udp, not '" + p.protocol() + "'");
                    continue;
                }
                if (shared && !used.add(p.containerPort() + "/" + protocol)) {
                    findings.error("PORT", p.pointer(), "port " + p.containerPort() + "/" + protocol + " is mapped twice in this task");
                }
            }
        }
    }
}
