package io.taskdef.rules;

import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.okOr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogDriverRuleTest {

    static final String DRIVER = "/containers/0/logging/driver";

    @ParameterizedTest
    @CsvSource({
            "FARGATE, awslogs,     true",
            "FARGATE, splunk,      true",
            "FARGATE, awsfirelens, true",
            "FARGATE, AWSLOGS,     true",
            "FARGATE, syslog,      false",
            "FARGATE, json-file,   false",
            "FARGATE, fluentd,     false",
            "EC2,     syslog,      true",
            "EC2,     json-file,   true",
            "EC2,     gelf,        true"})
    void driversPerLaunchType(String launchType, String driver, boolean allowed) {
        Specs.Spec s = (launchType.equals("EC2") ? Specs.ec2() : Specs.fargate()).set(DRIVER, driver);
        okOr(allowed, s.compile(), "LOG_DRIVER", DRIVER, "Fargate supports the log drivers awslogs, splunk, awsfirelens, not " + driver);
    }

    @ParameterizedTest
    @CsvSource({"awslog, 'did you mean ''awslogs''?'", "cloudwatch, 'use one of '"})
    void unknownDrivers(String driver, String says) {
        errorSays(Specs.ec2().set(DRIVER, driver).compile(), "LOG_DRIVER", DRIVER, "'" + driver + "' is not an ECS log driver", says);
    }
}
