package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.ContainerModel;
import io.taskdef.model.TaskModel;
import java.util.List;

/** Every container has an image reference without spaces, and at least one container is essential. */
public final class ContainerImageRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("container-image", List.of("IMAGE", "ESSENTIAL_CONTAINER"), "error",
            "each container names an image (no whitespace, at most 1024 characters); at least one container is essential",
            "API_ContainerDefinition");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        boolean anyEssential = false;
        for (ContainerModel c : model.containers()) {
            String image = c.spec().image();
            if (image != null && (image.isBlank() || image.length() > 1024 || hasWhitespace(image))) {
                findings.error("IMAGE", c.pointer() + "/image", "'" + image + "' is not an image reference like "
                        + "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2 or public.ecr.aws/nginx/nginx:1.27");
            }
            anyEssential |= !Boolean.FALSE.equals(c.spec().essential());
        }
        if (!model.containers().isEmpty() && !anyEssential) {
            findings.error("ESSENTIAL_CONTAINER", "/containers/0/essential",
                    "at least one container must be essential (ECS stops the task when an essential container exits)");
        }
    }

    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
