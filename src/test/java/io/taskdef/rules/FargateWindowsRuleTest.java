package io.taskdef.rules;

import static io.taskdef.rules.Specs.SECRET_ARN;
import static io.taskdef.rules.Specs.VERSION_ID;
import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskdef.compile.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FargateWindowsRuleTest {

    static Specs.Spec windows() {
        return Specs.fargate().set("/os", "WINDOWS_SERVER_2019_CORE").set("/cpu", 1024).set("/memory", 2048);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LATEST", "1.0.0"})
    void versionOneIsTheOnlyOne(String version) {
        ok(windows().set("/platformVersion", version).compile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.3.0", "1.4.0", "1.1.0", "x"})
    void otherVersions(String version) {
        errorSays(windows().set("/platformVersion", version).compile(), "FARGATE_WINDOWS", "/platformVersion",
                "use 1.0.0 or LATEST, not '" + version + "'");
    }

    @Test
    void x86Only() {
        errorSays(windows().set("/architecture", "ARM64").compile(), "FARGATE_WINDOWS", "/architecture", "X86_64 only");
        ok(windows().set("/architecture", "X86_64").compile());
    }

    /** Every secret form works on Windows platform version 1.0.0, which is then the requirement. */
    @ParameterizedTest
    @CsvSource({"WINDOWS_SERVER_2019_CORE", "WINDOWS_SERVER_2022_FULL"})
    void everySecretFormWorks(String os) {
        Outcome o = ok(windows().set("/os", os).secret("A", SECRET_ARN).secret("B", ref("secret", SECRET_ARN, "jsonKey", "k", "versionId", VERSION_ID))
                .compile());
        assertEquals(List.of("1.0.0"), Specs.requirements(o, "FARGATE_PLATFORM_VERSION"));
        assertEquals("/containers/0/secrets/A injects a secret", Specs.requirement(o, "FARGATE_PLATFORM_VERSION").because());
    }

    @Test
    void linuxIsNotChecked() {
        ok(Specs.fargate().set("/architecture", "ARM64").set("/platformVersion", "1.4.0").compile());
    }
}
