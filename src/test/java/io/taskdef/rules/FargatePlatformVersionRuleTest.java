package io.taskdef.rules;

import static io.taskdef.rules.Specs.SECRET_ARN;
import static io.taskdef.rules.Specs.VERSION_ID;
import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.noError;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskdef.compile.Outcome;
import io.taskdef.diag.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FargatePlatformVersionRuleTest {

    static final String SECRET = "/containers/0/secrets/S";
    static final String LOG_OPTION = "/containers/0/logging/secretOptions/splunk-token";

    static Specs.Spec withReference(String kind) {
        Specs.Spec s = Specs.fargate();
        return switch (kind) {
            case "whole" -> s.secret("S", SECRET_ARN);
            case "rawJsonKey" -> s.secret("S", SECRET_ARN + ":username1::");
            case "jsonKey" -> s.secret("S", ref("secret", SECRET_ARN, "jsonKey", "password"));
            case "versionStage" -> s.secret("S", ref("secret", SECRET_ARN, "versionStage", "AWSPREVIOUS"));
            case "versionId" -> s.secret("S", ref("secret", SECRET_ARN, "versionId", VERSION_ID));
            case "parameter" -> s.secret("S", ref("parameter", "/prod/token"));
            case "logOption" -> s.set("/containers/0/logging/driver", "splunk").set(LOG_OPTION, SECRET_ARN);
            case "logOptionJsonKey" -> s.set("/containers/0/logging/driver", "splunk").set(LOG_OPTION, ref("secret", SECRET_ARN, "jsonKey", "t"));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Both sides of each minimum, with the error on the reference that needs it. */
    @ParameterizedTest(name = "{0}: {1} too old, {2} works")
    @CsvSource({
            "whole,            1.2.0, 1.3.0, " + SECRET,
            "parameter,        1.2.0, 1.3.0, " + SECRET,
            "logOption,        1.2.0, 1.3.0, " + LOG_OPTION,
            "jsonKey,          1.3.0, 1.4.0, " + SECRET,
            "rawJsonKey,       1.3.0, 1.4.0, " + SECRET,
            "versionStage,     1.3.0, 1.4.0, " + SECRET,
            "versionId,        1.3.0, 1.4.0, " + SECRET,
            "logOptionJsonKey, 1.3.0, 1.4.0, " + LOG_OPTION})
    void bothSidesOfTheMinimum(String kind, String tooOld, String minimum, String pointer) {
        Outcome old = withReference(kind).set("/platformVersion", tooOld).compile();
        errorSays(old, "FARGATE_PLATFORM_VERSION", pointer, "Fargate platform version " + tooOld + " cannot run this reference",
                "needs " + minimum + " or later");
        assertEquals(1, old.errors().size(), () -> Specs.errors(old).toString());
        ok(withReference(kind).set("/platformVersion", minimum).compile());
    }

    /** The example: a version id at 1.3.0 is rejected; at 1.4.0, LATEST or no version it compiles. */
    @ParameterizedTest
    @ValueSource(strings = {"1.4.0", "LATEST", "latest", "1.4"})
    void versionIdCompilesFrom140(String version) {
        ok(withReference("versionId").set("/platformVersion", version).compile());
    }

    @Test
    void versionIdWithoutPlatformVersionIsLatest() {
        ok(withReference("versionId").compile());
    }

    @ParameterizedTest
    @CsvSource({
            "whole,     1.3.0, /containers/0/secrets/S injects a secret",
            "parameter, 1.3.0, /containers/0/secrets/S injects a secret",
            "versionId, 1.4.0, /containers/0/secrets/S uses a version id",
            "jsonKey,   1.4.0, /containers/0/secrets/S uses a JSON key"})
    void minimumIsAlwaysARequirement(String kind, String minimum, String because) {
        Outcome o = ok(withReference(kind).compile());
        assertEquals(List.of(Requirement.minimum("FARGATE_PLATFORM_VERSION", minimum, because)),
                o.requirements().stream().filter(r -> r.code().equals("FARGATE_PLATFORM_VERSION")).toList());
    }

    @Test
    void noReferencesNoRequirement() {
        assertEquals(List.of(), Specs.requirements(ok(Specs.fargate().compile()), "FARGATE_PLATFORM_VERSION"));
    }

    @ParameterizedTest
    @CsvSource({"8192, 16384", "16384, 32768"})
    void largeTasksNeed140(int cpu, int memory) {
        Specs.Spec s = Specs.fargate().set("/cpu", cpu).set("/memory", memory);
        errorSays(s.set("/platformVersion", "1.3.0").compile(), "FARGATE_PLATFORM_VERSION", "/cpu", cpu + " CPU units need Fargate platform version 1.4.0");
        Outcome o = ok(s.set("/platformVersion", "1.4.0").compile());
        assertEquals("/cpu is " + cpu + " units", Specs.requirement(o, "FARGATE_PLATFORM_VERSION").because());
        assertEquals(List.of("1.4.0"), Specs.requirements(o, "FARGATE_PLATFORM_VERSION"));
    }

    @Test
    void fourVcpuRunsOnOlderVersions() {
        ok(Specs.fargate().set("/cpu", 4096).set("/memory", 8192).set("/platformVersion", "1.3.0").compile());
    }

    /** A cpu Fargate does not offer is the cpu/memory rule's error only. */
    @Test
    void invalidLargeCpuIsNotAPlatformVersionProblem() {
        Outcome o = Specs.fargate().set("/cpu", 10000).set("/memory", 20480).set("/platformVersion", "1.3.0").compile();
        Specs.error(o, "FARGATE_CPU_MEMORY", "/cpu");
        noError(o, "FARGATE_PLATFORM_VERSION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5.0", "0.9.0", "2.0.0", "newest", "1.4.0-beta"})
    void unknownVersions(String version) {
        errorSays(Specs.fargate().set("/platformVersion", version).compile(), "INVALID_PLATFORM_VERSION", "/platformVersion",
                "'" + version + "' is not a Fargate Linux platform version", "1.0.0, 1.1.0, 1.2.0, 1.3.0, 1.4.0");
    }

    @Test
    void notOnEc2() {
        ok(Specs.ec2().set("/agentVersion", "1.68.0").secret("S", ref("secret", SECRET_ARN, "versionId", VERSION_ID)).compile());
    }

    @org.junit.jupiter.api.Test
    void platformVersionOnEc2IsIgnoredWithAWarning() {
        Specs.warning(Specs.ec2().set("/platformVersion", "1.4.0").compile(), "PLATFORM_VERSION_IGNORED", "/platformVersion");
    }
}
