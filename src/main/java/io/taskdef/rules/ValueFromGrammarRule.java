package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.model.ResolvedRef;
import io.taskdef.model.TaskModel;

/**
 * A raw valueFrom follows arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME[:json-key:version-stage:version-id]
 * (all three colons once any qualifier is given; the message shows the corrected string) or names an SSM
 * parameter; names expand to ARNs only when the account is known.
 */
public final class ValueFromGrammarRule extends ReferenceProblemRule {

    private static final RuleInfo INFO = new RuleInfo("value-from-grammar",
            codes("VALUE_FROM_COLONS", "INVALID_VALUE_FROM", "INVALID_ARN", "ACCOUNT_REQUIRED", "RAW_NAME_IS_PARAMETER"), "error, warning",
            "valueFrom is arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME[:json-key:version-stage:version-id] with all colons kept "
                    + "once a qualifier is given (…:username1::, …::AWSPREVIOUS:, …:::<id>), or an SSM parameter name or ARN; "
                    + "a plain name in a raw valueFrom is an SSM parameter (warning)",
            "seed; API_Secret; secrets-envvar-ssm-paramstore");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void extra(TaskModel model, Findings findings) {
        for (ResolvedRef r : model.refs()) {
            if (r.spec().isRaw() && r.parameter() != null && !r.spec().raw().startsWith("arn:")) {
                findings.warning("RAW_NAME_IS_PARAMETER", r.pointer(), "ECS reads the plain name '" + r.spec().raw()
                        + "' as an SSM parameter; for a Secrets Manager secret write {secret: " + r.spec().raw() + "}");
            }
        }
    }
}
