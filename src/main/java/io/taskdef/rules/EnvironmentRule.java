package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.ContainerModel;
import io.taskdef.model.ResolvedRef;
import io.taskdef.model.TaskModel;
import java.util.List;
import java.util.Map;

/** Environment variable names are non-empty without '='; a name is either plain or secret, not both. */
public final class EnvironmentRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("environment", List.of("ENV_NAME", "ENV_DUPLICATE"), "error",
            "environment variable names are non-empty and contain no '=' or NUL; a name is set in 'environment' or in 'secrets', not both",
            "API_KeyValuePair; API_Secret");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        for (ContainerModel c : model.containers()) {
            Map<String, String> env = c.spec().environment();
            if (env != null) {
                for (String name : env.keySet()) {
                    checkName(name, c.pointer() + "/environment/" + escape(name), findings);
                }
            }
            for (ResolvedRef r : c.environmentRefs()) {
                checkName(r.key(), r.pointer(), findings);
                if (env != null && env.containsKey(r.key())) {
                    findings.error("ENV_DUPLICATE", r.pointer(), "'" + r.key() + "' is also set in " + c.pointer()
                            + "/environment; a variable comes from environment or from secrets, not both");
                }
            }
        }
    }

    private static void checkName(String name, String pointer, Findings findings) {
        if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0) {
            findings.error("ENV_NAME", pointer, "'" + name + "' is not a usable environment variable name (non-empty, no '=')");
        }
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
