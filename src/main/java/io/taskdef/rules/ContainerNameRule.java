package io.taskdef.rules;

import io.taskdef.arn.Chars;
import io.taskdef.diag.Findings;
import io.taskdef.model.ContainerModel;
import io.taskdef.model.TaskModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Container names are 1-255 letters, digits, hyphens and underscores, unique within the task definition. */
public final class ContainerNameRule implements Rule {

    /** 1-255 letters, digits, '-' and '_': the form of container names and families. */
    static boolean isName(String s) {
        return Chars.alnumOr(s, 1, 255, "_-");
    }

    private static final RuleInfo INFO = new RuleInfo("container-name", List.of("CONTAINER_NAME", "DUPLICATE_CONTAINER_NAME"), "error",
            "container names are 1-255 letters, digits, '-' and '_', and unique in the task definition", "API_ContainerDefinition");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        Map<String, Integer> seen = new HashMap<>();
        for (ContainerModel c : model.containers()) {
            String name = c.name();
            if (name == null) {
                continue;
            }
            String ptr = c.pointer() + "/name";
            if (!isName(name)) {
                findings.error("CONTAINER_NAME", ptr, nameMessage("container name", name));
            } else {
                Integer first = seen.putIfAbsent(name, c.index());
                if (first != null) {
                    findings.error("DUPLICATE_CONTAINER_NAME", ptr, "container name '" + name + "' is already used by /containers/" + first);
                }
            }
        }
    }

    static String nameMessage(String what, String name) {
        if (name.isEmpty()) {
            return what + " is empty; use 1-255 letters, digits, '-' and '_'";
        }
        if (name.length() > 255) {
            return what + " is " + name.length() + " characters long; the limit is 255";
        }
        return what + " '" + name + "' may only hold letters, digits, '-' and '_'";
    }
}
