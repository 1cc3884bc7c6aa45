package io.taskdef.rules;

/** SSM parameter names use letters, digits and . - _ /, at most 15 levels, not starting with aws or ssm. */
public final class ParameterNameRule extends ReferenceProblemRule {

    private static final RuleInfo INFO = new RuleInfo("parameter-name", codes("PARAMETER_NAME"), "error",
            "SSM parameter names are letters, digits and . - _ /, up to 15 levels deep, and do not begin with 'aws' or 'ssm'; "
                    + "the ARN is arn:PARTITION:ssm:REGION:ACCOUNT:parameter/NAME with one slash",
            "secrets-envvar-ssm-paramstore; sysman-parameter-name-constraints");

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
