package io.taskdef.rules;

import static io.taskdef.rules.Specs.SECRET_ARN;
import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.noWarning;
import static io.taskdef.rules.Specs.ok;

import io.taskdef.compile.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogOptionLintRuleTest {

    static Specs.Spec splunk() {
        return Specs.fargate().set("/containers/0/logging/driver", "splunk").set("/containers/0/logging/options/splunk-url", "https://splunk:8088");
    }

    @ParameterizedTest
    @CsvSource({
            "splunk-token,     true",
            "Splunk-Token,     true",
            "db-password,      true",
            "api-key,          true",
            "client-secret,    true",
            "access-token,     true",
            "MY_PASSWORD,      true",
            "splunk-url,       false",
            "splunk-index,     false",
            "awslogs-group,    false",
            "tag,              false",
            "keyring,          false"})
    void secretLookingOptions(String option, boolean looksSecret) {
        Outcome o = ok(splunk().set("/containers/0/logging/options/" + option, "v").compile());
        Specs.warnedIf(looksSecret, o, "LOG_OPTION_LOOKS_SECRET", "/containers/0/logging/options/" + option);
    }

    @Test
    void sameOptionInBothPlaces() {
        Outcome o = splunk().set("/containers/0/logging/options/splunk-token", "t")
                .set("/containers/0/logging/secretOptions/splunk-token", SECRET_ARN).compile();
        errorSays(o, "LOG_OPTION_DUPLICATE", "/containers/0/logging/options/splunk-token", "also in secretOptions");
        noWarning(o, "LOG_OPTION_LOOKS_SECRET");
    }

    @Test
    void secretOptionsAreTheRightPlace() {
        Outcome o = ok(splunk().set("/containers/0/logging/secretOptions/splunk-token", SECRET_ARN).compile());
        noWarning(o, "LOG_OPTION_LOOKS_SECRET");
    }
}
