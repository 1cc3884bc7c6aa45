package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.ContainerModel;
import io.taskdef.model.TaskModel;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A log option that looks secret (splunk-token, *-password, *-key, *-secret) belongs in secretOptions, where
 * it is fetched from Secrets Manager instead of stored in the task definition in clear text. A name is in
 * options or in secretOptions, not both.
 */
public final class LogOptionLintRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("log-option-secrets", List.of("LOG_OPTION_LOOKS_SECRET", "LOG_OPTION_DUPLICATE"),
            "warning, error",
            "a secret-looking log option (splunk-token, *-password, *-key, *-secret, *-token) given in plain options belongs in secretOptions "
                    + "(warning); an option is not in both options and secretOptions",
            "seed: Injecting sensitive data in a log configuration");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        for (ContainerModel c : model.containers()) {
            if (c.spec().logging() == null || c.spec().logging().options() == null) {
                continue;
            }
            Map<String, ?> secretOptions = c.spec().logging().secretOptions();
            for (String name : c.spec().logging().options().keySet()) {
                String ptr = c.pointer() + "/logging/options/" + EnvironmentRule.escape(name);
                if (secretOptions != null && secretOptions.containsKey(name)) {
                    findings.error("LOG_OPTION_DUPLICATE", ptr, "'" + name + "' is also in secretOptions; keep it only there");
                } else if (looksSecret(name)) {
                    findings.warning("LOG_OPTION_LOOKS_SECRET", ptr, "'" + name + "' looks like a secret but is stored in clear text in the task "
                            + "definition; move it to logging.secretOptions as a Secrets Manager reference");
                }
            }
        }
    }

    static boolean looksSecret(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("splunk-token") || n.endsWith("-password") || n.endsWith("-key") || n.endsWith("-secret")
                || n.endsWith("-token") || n.endsWith("_password") || n.endsWith("_key") || n.endsWith("_token");
    }
}
