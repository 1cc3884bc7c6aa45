package io.taskdef.rules;

import io.taskdef.arn.SecretRef;
import io.taskdef.diag.Findings;
import io.taskdef.model.ResolvedRef;
import io.taskdef.model.TaskModel;

/**
 * Secret names are ASCII letters, digits and / _ + = . @ - (the seed forgets '+'). A name that itself ends
 * in '-' and six characters looks like a complete ARN's suffix: partial-ARN lookups become ambiguous, so
 * the complete ARN is the safe reference.
 */
public final class SecretNameRule extends ReferenceProblemRule {

    private static final RuleInfo INFO = new RuleInfo("secret-name", codes("SECRET_NAME", "SECRET_NAME_AMBIGUOUS"), "error, warning",
            "secret names are 1-512 ASCII letters, digits and / _ + = . @ -; a name ending in '-' + 6 characters is ambiguous "
                    + "as a partial ARN (warning: use the complete ARN)",
            "API_CreateSecret; secretsmanager troubleshoot");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void extra(TaskModel model, Findings findings) {
        for (ResolvedRef r : model.refs()) {
            String given = r.spec().secret();
            if (r.secret() != null && given != null && !given.startsWith("arn:") && SecretRef.isSuffixed(given) && !r.secret().complete()) {
                findings.warning("SECRET_NAME_AMBIGUOUS", r.pointer() + "/secret", "'" + given + "' ends in '-' and 6 characters, like the "
                        + "random suffix of a complete ARN, so Secrets Manager may read the partial ARN as a complete one; "
                        + "reference the secret by its complete ARN (verifying the spec resolves it)");
            }
        }
    }
}
