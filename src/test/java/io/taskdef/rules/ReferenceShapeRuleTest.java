package io.taskdef.rules;

import static io.taskdef.rules.Specs.SECRET_ARN;
import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.ref;

import io.taskdef.compile.Outcome;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceShapeRuleTest {

    static final String REF = "/containers/0/secrets/S";

    @ParameterizedTest
    @CsvSource({"secret, prod/db", "parameter, /prod/db"})
    void exactlyOneSource(String field, String value) {
        ok(Specs.fargate().secret("S", ref(field, value)).compile());
    }

    @Test
    void neither() {
        errorSays(Specs.fargate().secret("S", Map.of()).compile(), "REFERENCE_SHAPE", REF, "give 'secret'");
        errorSays(Specs.fargate().secret("S", ref("jsonKey", "password")).compile(), "REFERENCE_SHAPE", REF, "give 'secret'");
    }

    @Test
    void both() {
        errorSays(Specs.fargate().secret("S", ref("secret", SECRET_ARN, "parameter", "/prod/db")).compile(), "REFERENCE_SHAPE", REF,
                "either 'secret' or 'parameter', not both");
    }

    @ParameterizedTest
    @CsvSource({"jsonKey, password", "versionStage, AWSCURRENT", "versionId, 9d4cb84b-ad69-40c0-a0ab-cead36b967e8"})
    void parametersTakeNoQualifiers(String field, String value) {
        errorSays(Specs.fargate().secret("S", ref("parameter", "/prod/db", field, value)).compile(), "REFERENCE_SHAPE", REF,
                "for Secrets Manager secrets, not SSM parameters");
    }

    /** In log secretOptions too, and a misplaced field gets its hint from the binder. */
    @Test
    void logSecretOptions() {
        String ptr = "/containers/0/logging/secretOptions/splunk-token";
        Outcome o = Specs.fargate().set("/containers/0/logging/driver", "splunk").set(ptr, ref("arn", SECRET_ARN)).compile();
        errorSays(o, "UNKNOWN_FIELD", ptr + "/arn", "did you mean 'secret'?");
        Specs.error(o, "REFERENCE_SHAPE", ptr);
    }
}
