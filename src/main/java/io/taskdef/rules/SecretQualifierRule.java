package io.taskdef.rules;

/** A secret reference takes a version stage or a version id, not both; the qualifiers are well-formed. */
public final class SecretQualifierRule extends ReferenceProblemRule {

    private static final RuleInfo INFO = new RuleInfo("secret-qualifiers",
            codes("STAGE_AND_ID", "INVALID_JSON_KEY", "INVALID_VERSION_STAGE", "INVALID_VERSION_ID"), "error",
            "versionStage and versionId are exclusive; a JSON key is non-empty without ':'; a stage is 1-256 characters; "
                    + "a version id is 32-64 characters",
            "seed; API_GetSecretValue");

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
