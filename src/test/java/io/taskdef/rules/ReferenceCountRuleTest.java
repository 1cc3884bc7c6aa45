package io.taskdef.rules;

import static io.taskdef.rules.Specs.SECRET_ARN;
import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.ok;

import io.taskdef.compile.Compiler;
import io.taskdef.model.Facts;
import io.taskdef.model.ModelDefaults;
import io.taskdef.spec.SpecLimits;
import org.junit.jupiter.api.Test;

class ReferenceCountRuleTest {

    static final Compiler LIMIT_THREE = new Compiler(ModelDefaults.STANDARD, new SpecLimits(32, 8192, 100_000, 10, 3));

    /** Environment secrets and log secretOptions count together; the error names the first one over. */
    @Test
    void bothSidesOfTheLimit() {
        Specs.Spec s = Specs.fargate().secret("A", SECRET_ARN).secret("B", SECRET_ARN)
                .set("/containers/0/logging/driver", "splunk").set("/containers/0/logging/secretOptions/splunk-token", SECRET_ARN);
        ok(s.compile(LIMIT_THREE, Facts.NONE));
        s.container(1, "b").set("/containers/1/secrets/C", SECRET_ARN);
        errorSays(s.compile(LIMIT_THREE, Facts.NONE), "TOO_MANY_REFERENCES", "/containers/1/secrets/C", "the spec has 4 secret references; the limit is 3");
    }

    @Test
    void defaultLimitIsFiveHundred() {
        Specs.Spec s = Specs.fargate();
        for (int i = 0; i < 500; i++) {
            s.secret("S" + i, SECRET_ARN);
        }
        ok(s.compile());
        s.container(1, "b").set("/containers/1/secrets/X", SECRET_ARN);
        Specs.error(s.compile(), "TOO_MANY_REFERENCES", "/containers/1/secrets/X");
    }
}
