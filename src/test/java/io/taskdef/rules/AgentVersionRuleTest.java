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

class AgentVersionRuleTest {

    static final String SECRET = "/containers/0/secrets/S";
    static final String LOG_OPTION = "/containers/0/logging/secretOptions/splunk-token";

    /** A spec on EC2 (or EXTERNAL) with one reference of the given kind. */
    static Specs.Spec withReference(String launchType, String kind) {
        Specs.Spec s = Specs.ec2().set("/launchType", launchType);
        return switch (kind) {
            case "whole" -> s.secret("S", SECRET_ARN);
            case "jsonKey" -> s.secret("S", ref("secret", SECRET_ARN, "jsonKey", "password"));
            case "versionStage" -> s.secret("S", ref("secret", SECRET_ARN, "versionStage", "AWSPREVIOUS"));
            case "versionId" -> s.secret("S", ref("secret", SECRET_ARN, "versionId", VERSION_ID));
            case "parameter" -> s.secret("S", ref("parameter", "/prod/token"));
            case "logOption" -> s.set("/containers/0/logging/driver", "splunk").set(LOG_OPTION, SECRET_ARN);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @CsvSource({
            "EC2,      whole,        1.21.0, 1.22.0, " + SECRET,
            "EC2,      parameter,    1.21.0, 1.22.0, " + SECRET,
            "EC2,      logOption,    1.21.0, 1.22.0, " + LOG_OPTION,
            "EC2,      jsonKey,      1.36.0, 1.37.0, " + SECRET,
            "EC2,      versionStage, 1.36.0, 1.37.0, " + SECRET,
            "EC2,      versionId,    1.36.0, 1.37.0, " + SECRET,
            "EXTERNAL, whole,        1.21.9, 1.22.0, " + SECRET,
            "EXTERNAL, jsonKey,      1.36.2, 1.37.0, " + SECRET})
    void bothSidesOfTheMinimum(String launchType, String kind, String tooOld, String minimum, String pointer) {
        Outcome old = withReference(launchType, kind).set("/agentVersion", tooOld).compile();
        errorSays(old, "AGENT_VERSION", pointer, "container agent " + tooOld + " is older than " + minimum);
        ok(withReference(launchType, kind).set("/agentVersion", minimum).compile());
    }

    @Test
    void wholeSecretNeedsNoQualifiedAgent() {
        ok(withReference("EC2", "whole").set("/agentVersion", "1.36.0").compile());
    }

    /** Without agentVersion the strictest minimum is a requirement, naming its first cause. */
    @ParameterizedTest
    @CsvSource({
            "whole,     1.22.0, /containers/0/secrets/S injects a secret",
            "logOption, 1.22.0, /containers/0/logging/secretOptions/splunk-token injects a secret into the log configuration",
            "jsonKey,   1.37.0, /containers/0/secrets/S uses a JSON key",
            "versionId, 1.37.0, /containers/0/secrets/S uses a version id"})
    void unknownAgentIsARequirement(String kind, String minimum, String because) {
        Outcome o = ok(withReference("EC2", kind).compile());
        assertEquals(List.of(Requirement.minimum("AGENT_VERSION", minimum, because)),
                o.requirements().stream().filter(r -> r.code().equals("AGENT_VERSION")).toList());
    }

    @Test
    void strictestReferenceWins() {
        Outcome o = ok(withReference("EC2", "whole").secret("T", ref("secret", SECRET_ARN, "jsonKey", "k")).compile());
        assertEquals(List.of("1.37.0"), Specs.requirements(o, "AGENT_VERSION"));
        assertEquals("/containers/0/secrets/T uses a JSON key", Specs.requirement(o, "AGENT_VERSION").because());
    }

    @Test
    void noReferencesNoRequirement() {
        assertEquals(List.of(), Specs.requirements(ok(Specs.ec2().compile()), "AGENT_VERSION"));
    }

    @Test
    void malformedAgentVersion() {
        Outcome o = withReference("EC2", "whole").set("/agentVersion", "latest").compile();
        errorSays(o, "INVALID_AGENT_VERSION", "/agentVersion", "'latest'");
        noError(o, "AGENT_VERSION");
    }

    @Test
    void ignoredOnFargate() {
        Outcome o = ok(Specs.fargate().set("/agentVersion", "1.0.0").secret("S", SECRET_ARN).compile());
        Specs.warning(o, "AGENT_VERSION_IGNORED", "/agentVersion");
        assertEquals(List.of(), Specs.requirements(o, "AGENT_VERSION"));
    }
}
