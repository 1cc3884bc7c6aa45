package io.taskdef.rules;

import static io.taskdef.rules.Specs.noWarning;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskdef.compile.Outcome;
import io.taskdef.wire.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicySizeRuleTest {

    static Outcome withSecrets(int n) {
        Specs.Spec s = Specs.fargate();
        for (int i = 0; i < n; i++) {
            s.secret("S" + i, ref("secret", "team/service/secret-" + i));
        }
        return ok(s.compile());
    }

    static int size(Outcome o) {
        return o.result().executionRolePolicy().size();
    }

    /** The warning appears exactly when the policy passes 10,240 characters: find the first spec over it and its neighbour. */
    @Test
    void bothSidesOfTheLimit() {
        int n = 1;
        while (size(withSecrets(n)) <= PolicySizeRule.LIMIT) {
            n += 1;
        }
        Outcome under = withSecrets(n - 1);
        Outcome over = withSecrets(n);
        assertTrue(size(under) <= PolicySizeRule.LIMIT && size(over) > PolicySizeRule.LIMIT);
        noWarning(under, "POLICY_TOO_LARGE");
        String message = Specs.warning(over, "POLICY_TOO_LARGE", "").message();
        assertTrue(message.contains("the execution role policy is " + size(over) + " characters; IAM allows 10240"), message);
    }

    @Test
    void sizeIsTheCompactDocument() {
        Outcome o = withSecrets(3);
        assertEquals(Json.write(o.result().executionRolePolicy().document()).length(), size(o));
        assertEquals(PolicySizeRule.LIMIT, o.result().executionRolePolicy().sizeLimit());
    }

    @ParameterizedTest
    @CsvSource({"'{}', 2", "'{ \"a\" : [1, 2] }', 11", "'\n\t{\"a\":1}\n', 7"})
    void whitespaceIsNotCounted(String json, int size) {
        assertEquals(size, PolicySizeRule.size(json));
    }
}
