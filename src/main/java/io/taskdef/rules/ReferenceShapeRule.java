package io.taskdef.rules;

/** A reference object has exactly one of 'secret' and 'parameter'; SSM parameters take no JSON key or version. */
public final class ReferenceShapeRule extends ReferenceProblemRule {

    private static final RuleInfo INFO = new RuleInfo("reference-shape", codes("REFERENCE_SHAPE"), "error",
            "a reference object has exactly one of 'secret' or 'parameter'; jsonKey, versionStage and versionId are for secrets only",
            "DESIGN §1; API_Secret");

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
