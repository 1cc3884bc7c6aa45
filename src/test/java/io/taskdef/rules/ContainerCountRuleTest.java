package io.taskdef.rules;

import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.noError;
import static io.taskdef.rules.Specs.ok;

import io.taskdef.compile.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContainerCountRuleTest {

    static Specs.Spec withContainers(int n) {
        Specs.Spec s = Specs.fargate();
        for (int i = 1; i < n; i++) {
            s.container(i, "c" + i);
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 10})
    void oneToTen(int n) {
        ok(withContainers(n).compile());
    }

    @Test
    void elevenIsOneTooMany() {
        errorSays(withContainers(11).compile(), "CONTAINER_COUNT", "/containers/10", "at most 10", "this spec has 11");
    }

    @Test
    void emptyList() {
        errorSays(Specs.fargate().set("/containers", java.util.List.of()).compile(), "CONTAINER_COUNT", "/containers", "at least one");
    }

    /** A missing or mistyped list is the binder's error, not reported again. */
    @Test
    void missingOrMistypedListIsNotCountedAgain() {
        Outcome missing = Specs.fargate().remove("/containers").compile();
        Specs.error(missing, "REQUIRED_FIELD", "/containers");
        noError(missing, "CONTAINER_COUNT");
        Outcome mistyped = Specs.fargate().set("/containers", "app").compile();
        Specs.error(mistyped, "INVALID_TYPE", "/containers");
        noError(mistyped, "CONTAINER_COUNT");
        Outcome notAnObject = Specs.fargate().set("/containers/0", "app").compile();
        Specs.error(notAnObject, "INVALID_TYPE", "/containers/0");
        noError(notAnObject, "CONTAINER_COUNT");
    }
}
