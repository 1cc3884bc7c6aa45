package io.taskdef.rules;

import static io.taskdef.rules.Specs.SECRET_ARN;
import static io.taskdef.rules.Specs.VERSION_ID;
import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.okOr;
import static io.taskdef.rules.Specs.ref;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretQualifierRuleTest {

    static final String REF = "/containers/0/secrets/S";

    @Test
    void stageOrIdNotBoth() {
        errorSays(Specs.fargate().secret("S", ref("secret", SECRET_ARN, "versionStage", "AWSPREVIOUS", "versionId", VERSION_ID)).compile(),
                "STAGE_AND_ID", REF, "either a version stage ('AWSPREVIOUS') or a version id ('" + VERSION_ID + "'), not both");
        errorSays(Specs.fargate().secret("S", SECRET_ARN + ":username1:AWSPREVIOUS:" + VERSION_ID).compile(), "STAGE_AND_ID", REF);
        ok(Specs.fargate().secret("S", ref("secret", SECRET_ARN, "jsonKey", "username1", "versionStage", "AWSPREVIOUS")).compile());
        ok(Specs.fargate().secret("S", ref("secret", SECRET_ARN, "jsonKey", "username1", "versionId", VERSION_ID)).compile());
    }

    /** The object form points at the qualifier's own field. */
    @ParameterizedTest
    @CsvSource({
            "jsonKey,      '',                                   INVALID_JSON_KEY",
            "jsonKey,      a:b,                                  INVALID_JSON_KEY",
            "versionStage, '',                                   INVALID_VERSION_STAGE",
            "versionStage, a:b,                                  INVALID_VERSION_STAGE",
            "versionId,    123,                                  INVALID_VERSION_ID",
            "versionId,    9d4cb84b_ad69_40c0_a0ab_cead36b967e8, INVALID_VERSION_ID"})
    void malformedQualifiers(String field, String value, String code) {
        Specs.error(Specs.fargate().secret("S", ref("secret", SECRET_ARN, field, value)).compile(), code, REF + "/" + field);
    }

    @Test
    void rawMalformedQualifierPointsAtTheReference() {
        Specs.error(Specs.fargate().secret("S", SECRET_ARN + ":::not-a-version").compile(), "INVALID_VERSION_ID", REF);
    }

    @ParameterizedTest
    @CsvSource({"256, true", "257, false"})
    void stageLength(int length, boolean valid) {
        Specs.Spec s = Specs.fargate().secret("S", ref("secret", SECRET_ARN, "versionStage", "s".repeat(length)));
        okOr(valid, s.compile(), "INVALID_VERSION_STAGE", REF + "/versionStage");
    }
}
