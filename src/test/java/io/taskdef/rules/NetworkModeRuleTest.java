package io.taskdef.rules;

import static io.taskdef.rules.Specs.okOr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkModeRuleTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(nullValues = "-", value = {
            "FARGATE,  LINUX,                    awsvpc, -",
            "FARGATE,  LINUX,                    -,      -",
            "FARGATE,  LINUX,                    bridge, Fargate tasks must use networkMode awsvpc",
            "FARGATE,  LINUX,                    host,   Fargate tasks must use networkMode awsvpc",
            "FARGATE,  LINUX,                    none,   Fargate tasks must use networkMode awsvpc",
            "EC2,      LINUX,                    bridge, -",
            "EC2,      LINUX,                    host,   -",
            "EC2,      LINUX,                    awsvpc, -",
            "EC2,      LINUX,                    none,   -",
            "EXTERNAL, LINUX,                    bridge, -",
            "EXTERNAL, LINUX,                    awsvpc, EXTERNAL (ECS Anywhere) tasks cannot use awsvpc",
            "EC2,      WINDOWS_SERVER_2022_CORE, awsvpc, -",
            "EC2,      WINDOWS_SERVER_2022_CORE, -,      -",
            "EC2,      WINDOWS_SERVER_2022_CORE, bridge, Windows tasks on EC2 use awsvpc or the default",
            "EC2,      WINDOWS_SERVER_2022_CORE, host,   Windows tasks on EC2 use awsvpc or the default"})
    void modes(String launchType, String os, String mode, String error) {
        Specs.Spec s = (launchType.equals("FARGATE") ? Specs.fargate() : Specs.ec2()).set("/launchType", launchType).set("/os", os);
        if (mode != null) {
            s.set("/networkMode", mode);
        }
        okOr(error == null, s.compile(), "NETWORK_MODE", "/networkMode", error);
    }
}
