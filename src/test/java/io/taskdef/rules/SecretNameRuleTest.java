package io.taskdef.rules;

import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.okOr;
import static io.taskdef.rules.Specs.ref;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNameRuleTest {

    static final String ARN_PREFIX = "arn:aws:secretsmanager:us-east-1:123456789012:secret:";

    /** Including '+', which the seed's list forgets. */
    @ParameterizedTest
    @ValueSource(strings = {"prod/db", "a+b", "a=b", "a.b", "a@b", "a_b", "a-b"})
    void validNames(String name) {
        ok(Specs.fargate().secret("S", ref("secret", name)).compile());
        ok(Specs.fargate().secret("S", ARN_PREFIX + name).compile());
    }

    /** The object form points at its 'secret' field; a raw valueFrom at the reference. */
    @ParameterizedTest
    @ValueSource(strings = {"a b", "a#b", "a*b", "a!b", "naïve", "a,b"})
    void invalidNames(String name) {
        errorSays(Specs.fargate().secret("S", ref("secret", name)).compile(), "SECRET_NAME", "/containers/0/secrets/S/secret",
                "is not a valid secret name", "/ _ + = . @ -");
        errorSays(Specs.fargate().secret("S", ref("secret", ARN_PREFIX + name)).compile(), "SECRET_NAME", "/containers/0/secrets/S/secret");
        errorSays(Specs.fargate().secret("S", ARN_PREFIX + name).compile(), "SECRET_NAME", "/containers/0/secrets/S");
    }

    @ParameterizedTest
    @CsvSource({"512, true", "513, false"})
    void lengthBoundary(int length, boolean valid) {
        Specs.Spec s = Specs.fargate().secret("S", ref("secret", "n".repeat(length)));
        okOr(valid, s.compile(), "SECRET_NAME", "/containers/0/secrets/S/secret");
    }

    /** A bare name ending in '-' and 6 characters looks like a complete ARN's suffix: ambiguous as a partial ARN. */
    @ParameterizedTest
    @CsvSource({
            "prod/db-AbCdEf,                  true",
            "prod/db-backup,                  true",
            "prod/db,                         false",
            "prod/db-AbCdE,                   false",
            ARN_PREFIX + "prod/db-AbCdEf,     false"})
    void ambiguousNames(String secret, boolean ambiguous) {
        var o = ok(Specs.fargate().secret("S", ref("secret", secret)).compile());
        Specs.warnedIf(ambiguous, o, "SECRET_NAME_AMBIGUOUS", "/containers/0/secrets/S/secret");
    }
}
