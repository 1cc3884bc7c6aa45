package io.taskdef.rules;

import static io.taskdef.rules.Specs.okOr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyNameRuleTest {

    @ParameterizedTest
    @CsvSource({
            "web-task-execution,   true",
            "'a+b=c,d.e@f_g-h',    true",
            "web task,             false",
            "web/task,             false",
            "wéb,                  false",
            "'',                   false"})
    void names(String name, boolean valid) {
        okOr(valid, Specs.fargate().set("/policy/name", name).compile(), "POLICY_NAME", "/policy/name", "is not an IAM policy name");
    }

    @ParameterizedTest
    @CsvSource({"128, true", "129, false"})
    void lengthBoundary(int length, boolean valid) {
        okOr(valid, Specs.fargate().set("/policy/name", "p".repeat(length)).compile(), "POLICY_NAME", "/policy/name", "(it has 129 characters)");
    }
}
