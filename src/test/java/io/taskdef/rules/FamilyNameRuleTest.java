package io.taskdef.rules;

import static io.taskdef.rules.Specs.noError;
import static io.taskdef.rules.Specs.okOr;

import io.taskdef.compile.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FamilyNameRuleTest {

    @ParameterizedTest
    @CsvSource({
            "web,                   ",
            "web-api_2,             ",
            "web.api,               'family ''web.api'' may only hold letters, digits'",
            "web/api,               'may only hold'",
            "'',                    'family is empty'"})
    void names(String family, String error) {
        Outcome o = Specs.fargate().set("/family", family).compile();
        okOr(error == null, o, "FAMILY_NAME", "/family", error);
    }

    @ParameterizedTest
    @CsvSource({"255, true", "256, false"})
    void lengthBoundary(int length, boolean valid) {
        Outcome o = Specs.fargate().set("/family", "f".repeat(length)).compile();
        okOr(valid, o, "FAMILY_NAME", "/family", "256 characters long; the limit is 255");
    }

    @Test
    void missingFamilyIsRequiredOnly() {
        Outcome o = Specs.fargate().remove("/family").compile();
        Specs.error(o, "REQUIRED_FIELD", "/family");
        noError(o, "FAMILY_NAME");
    }

    /** A duplicated key and a bad first value are two problems, both reported. */
    @Test
    void duplicateKeyDoesNotHideABadName() {
        Outcome o = Specs.yaml("family: web.api\nfamily: web\ncpu: 256\nmemory: 512\ncontainers: [{name: app, image: nginx}]\n");
        Specs.error(o, "DUPLICATE_KEY", "/family");
        Specs.error(o, "FAMILY_NAME", "/family");
    }
}
