package io.taskdef.rules;

import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.noError;
import static io.taskdef.rules.Specs.ok;

import io.taskdef.compile.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContainerNameRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "app", "web-api_2", "A-Z_0-9"})
    void validNames(String name) {
        ok(Specs.fargate().set("/containers/0/name", name).compile());
    }

    @ParameterizedTest
    @CsvSource({
            "'web.api',   'may only hold letters, digits'",
            "'web api',   'may only hold letters, digits'",
            "'wéb',       'may only hold letters, digits'",
            "'',          'is empty'"})
    void invalidNames(String name, String says) {
        errorSays(Specs.fargate().set("/containers/0/name", name).compile(), "CONTAINER_NAME", "/containers/0/name", says);
    }

    @Test
    void lengthBoundary() {
        ok(Specs.fargate().set("/containers/0/name", "n".repeat(255)).compile());
        errorSays(Specs.fargate().set("/containers/0/name", "n".repeat(256)).compile(), "CONTAINER_NAME", "/containers/0/name",
                "256 characters long; the limit is 255");
    }

    @Test
    void namesAreUnique() {
        Outcome o = Specs.fargate().container(1, "sidecar").container(2, "app").compile();
        errorSays(o, "DUPLICATE_CONTAINER_NAME", "/containers/2/name", "'app' is already used by /containers/0");
        ok(Specs.fargate().container(1, "App").compile());
    }

    @Test
    void missingNameIsTheBindersError() {
        Outcome o = Specs.fargate().remove("/containers/0/name").compile();
        Specs.error(o, "REQUIRED_FIELD", "/containers/0/name");
        noError(o, "CONTAINER_NAME");
    }
}
