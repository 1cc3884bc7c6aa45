package io.taskdef.rules;

import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.okOr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TagsRuleTest {

    static Specs.Spec withTags(int n) {
        Specs.Spec s = Specs.fargate();
        for (int i = 0; i < n; i++) {
            s.set("/tags/t" + i, "v");
        }
        return s;
    }

    /** ECS allows 50; the compiler adds its fingerprint tag. */
    @ParameterizedTest
    @CsvSource({"49, true", "50, false"})
    void count(int n, boolean valid) {
        okOr(valid, withTags(n).compile(), "TAG", "/tags", "50 tags is more than 49");
    }

    @ParameterizedTest
    @CsvSource({"128, true", "129, false"})
    void keyLength(int length, boolean valid) {
        String key = "k".repeat(length);
        Specs.Spec s = Specs.fargate().set("/tags/" + key, "v");
        okOr(valid, s.compile(), "TAG", "/tags/" + key, "tag keys are 1-128 characters");
    }

    @ParameterizedTest
    @CsvSource({"256, true", "257, false"})
    void valueLength(int length, boolean valid) {
        Specs.Spec s = Specs.fargate().set("/tags/team", "v".repeat(length));
        okOr(valid, s.compile(), "TAG", "/tags/team", "tag values are at most 256 characters");
    }

    /** Reserved prefix in any case, or empty; the pointer escapes '/' in the key (aws:a/b is aws:a~1b). */
    @ParameterizedTest
    @ValueSource(strings = {"aws:team", "AWS:team", "aws:a~1b", "", "taskdef-compiler:fingerprint", "taskdef-compiler:x"})
    void invalidKeys(String token) {
        Specs.error(Specs.fargate().set("/tags/" + token, "v").compile(), "TAG", "/tags/" + token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"team~1name", "awsome", "a:b", "taskdef-compiler"})
    void validKeys(String token) {
        ok(Specs.fargate().set("/tags/" + token, "").compile());
    }
}
