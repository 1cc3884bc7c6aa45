package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.TaskModel;
import java.util.List;
import java.util.Map;

/** Tags: at most 49 (one is the fingerprint tag), keys 1-128 characters, values up to 256, no aws: prefix. */
public final class TagsRule implements Rule {

    static final int MAX_USER_TAGS = 49;
    static final String RESERVED_PREFIX = "taskdef-compiler:";

    private static final RuleInfo INFO = new RuleInfo("tags", List.of("TAG"), "error",
            "at most 49 tags (the compiler adds the fingerprint tag, ECS allows 50); keys 1-128 characters, values 0-256, "
                    + "keys do not start with aws: or taskdef-compiler:",
            "API_Tag");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        Map<String, String> tags = model.spec().tags();
        if (tags == null) {
            return;
        }
        if (tags.size() > MAX_USER_TAGS) {
            findings.error("TAG", "/tags", tags.size() + " tags is more than " + MAX_USER_TAGS
                    + " (ECS allows 50 per resource and the compiler adds the fingerprint tag)");
        }
        for (Map.Entry<String, String> e : tags.entrySet()) {
            String ptr = "/tags/" + EnvironmentRule.escape(e.getKey());
            String key = e.getKey();
            if (key.isEmpty() || key.length() > 128) {
                findings.error("TAG", ptr, "tag keys are 1-128 characters");
            } else if (key.regionMatches(true, 0, "aws:", 0, 4)) {
                findings.error("TAG", ptr, "tag keys starting with 'aws:' are reserved for AWS");
            } else if (key.startsWith(RESERVED_PREFIX)) {
                findings.error("TAG", ptr, "tag keys starting with '" + RESERVED_PREFIX + "' are set by the compiler (the fingerprint)");
            } else if (e.getValue().length() > 256) {
                findings.error("TAG", ptr, "tag values are at most 256 characters");
            }
        }
    }
}
