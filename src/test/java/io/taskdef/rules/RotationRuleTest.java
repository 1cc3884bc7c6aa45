package io.taskdef.rules;

import static io.taskdef.rules.Specs.SECRET_ARN;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskdef.compile.Outcome;
import io.taskdef.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotationRuleTest {

    static List<String> rotationPointers(Outcome o) {
        return o.warnings().stream().filter(d -> d.code().equals("SECRET_ROTATION")).map(Diagnostic::pointer).toList();
    }

    @Test
    void oneWarningPerSecretAtItsFirstReference() {
        Outcome o = ok(Specs.fargate().secret("A", ref("secret", SECRET_ARN, "jsonKey", "user"))
                .secret("B", ref("secret", SECRET_ARN, "jsonKey", "password")).secret("C", ref("secret", "prod/other"))
                .secret("D", ref("parameter", "/prod/token")).compile());
        assertEquals(List.of("/containers/0/secrets/A", "/containers/0/secrets/C", "/containers/0/secrets/D"), rotationPointers(o));
        String message = Specs.warning(o, "SECRET_ROTATION", "/containers/0/secrets/A").message();
        assertTrue(message.contains("after rotating or changing appauthexample-AbCdEf") && message.contains("--force-new-deployment"), message);
    }

    @Test
    void noReferencesNoWarning() {
        assertEquals(List.of(), rotationPointers(ok(Specs.fargate().compile())));
    }
}
