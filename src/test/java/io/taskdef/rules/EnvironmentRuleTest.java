package io.taskdef.rules;

import static io.taskdef.rules.Specs.SECRET_ARN;
import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.ok;

import io.taskdef.compile.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnvironmentRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"A", "SPRING_PROFILES_ACTIVE", "lower.dotted", "a/b", "9LIVES"})
    void usableNames(String name) {
        ok(Specs.fargate().set("/containers/0/environment/" + name.replace("/", "~1"), "v").compile());
        ok(Specs.fargate().secret(name, SECRET_ARN).compile());
    }

    /** Pointers escape '/' as ~1 (RFC 6901). */
    @ParameterizedTest
    @CsvSource({"'A=B', A=B", "'', ''", "'a/b=c', a~1b=c"})
    void unusableNames(String name, String token) {
        errorSays(Specs.fargate().set("/containers/0/environment/" + token, "v").compile(), "ENV_NAME",
                "/containers/0/environment/" + token, "'" + name + "' is not a usable environment variable name");
        errorSays(Specs.fargate().secret(name, SECRET_ARN).compile(), "ENV_NAME", "/containers/0/secrets/" + token);
    }

    @Test
    void nameInEnvironmentAndSecrets() {
        Outcome o = Specs.fargate().set("/containers/0/environment/DB_PASSWORD", "x").secret("DB_PASSWORD", SECRET_ARN).compile();
        errorSays(o, "ENV_DUPLICATE", "/containers/0/secrets/DB_PASSWORD", "also set in /containers/0/environment");
    }

    @Test
    void sameNameInTwoContainersIsFine() {
        ok(Specs.fargate().set("/containers/0/environment/A", "x").container(1, "b").set("/containers/1/secrets/A", SECRET_ARN).compile());
    }

    /** Two different problems with one reference are both reported (one error per code and pointer). */
    @Test
    void reportedNextToAnotherErrorAtTheSamePointer() {
        Outcome o = Specs.ec2().set("/agentVersion", "1.21.0")
                .set("/containers/0/environment/DB_PASSWORD", "x").secret("DB_PASSWORD", SECRET_ARN).compile();
        Specs.error(o, "AGENT_VERSION", "/containers/0/secrets/DB_PASSWORD");
        Specs.error(o, "ENV_DUPLICATE", "/containers/0/secrets/DB_PASSWORD");
    }
}
