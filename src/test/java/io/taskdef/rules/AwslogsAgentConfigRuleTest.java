package io.taskdef.rules;

import static io.taskdef.rules.Specs.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskdef.compile.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwslogsAgentConfigRuleTest {

    @ParameterizedTest
    @CsvSource({
            "EC2,      awslogs, true,  true",
            "EXTERNAL, awslogs, true,  true",
            "EC2,      awslogs, false, false",
            "EC2,      splunk,  true,  false",
            "EC2,      syslog,  true,  false"})
    void settingNeededForAwslogsWithTheExecutionRole(String launchType, String driver, boolean role, boolean needed) {
        Specs.Spec s = Specs.ec2().set("/launchType", launchType).set("/containers/0/logging/driver", driver);
        if (!role) {
            s.remove("/executionRoleArn");
        }
        Outcome o = ok(s.compile());
        assertEquals(needed ? List.of("ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true") : List.of(), Specs.requirements(o, "AGENT_CONFIG"));
    }

    @Test
    void notOnFargate() {
        Outcome o = ok(Specs.fargate().set("/containers/0/logging/driver", "awslogs").compile());
        assertEquals(List.of(), Specs.requirements(o, "AGENT_CONFIG"));
    }

    @Test
    void namesTheFirstAwslogsContainerOnce() {
        Outcome o = ok(Specs.ec2().set("/containers/0/logging/driver", "splunk")
                .container(1, "b").set("/containers/1/memory", 128).set("/containers/1/logging/driver", "awslogs")
                .container(2, "c").set("/containers/2/memory", 128).set("/containers/2/logging/driver", "awslogs").compile());
        assertEquals(List.of("ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true"), Specs.requirements(o, "AGENT_CONFIG"));
        assertEquals("/containers/1/logging uses awslogs with the task execution role", Specs.requirement(o, "AGENT_CONFIG").because());
    }
}
