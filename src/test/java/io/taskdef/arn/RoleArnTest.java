package io.taskdef.arn;

import static io.taskdef.arn.SecretRefTest.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleArnTest {

    @ParameterizedTest
    @CsvSource({
            "arn:aws:iam::123456789012:role/ecsTaskExecutionRole,                      aws,        /,                    ecsTaskExecutionRole",
            "arn:aws:iam::123456789012:role/service-role/ecs-exec,                     aws,        /service-role/,       ecs-exec",
            "'arn:aws:iam::123456789012:role/a/b/c/exec+=,.@_-', aws,        /a/b/c/,              'exec+=,.@_-'",
            "arn:aws-cn:iam::123456789012:role/exec,                                   aws-cn,     /,                    exec",
            "arn:aws-us-gov:iam::123456789012:role/teams/exec,                         aws-us-gov, /teams/,              exec"})
    void parsesPathAndName(String arn, String partition, String path, String name) {
        RoleArn role = ok(RoleArn.parse(arn));
        assertEquals(partition, role.partition());
        assertEquals("123456789012", role.account());
        assertEquals(path, role.path());
        assertEquals(name, role.name());
        assertEquals(arn, role.arn());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ecsTaskExecutionRole",
            "arn:aws:iam::123456789012:user/alice",
            "arn:aws:iam:us-east-1:123456789012:role/exec",
            "arn:aws:iam::12345678901:role/exec",
            "arn:aws:sts::123456789012:role/exec",
            "arn:aws-xx:iam::123456789012:role/exec",
            "arn:aws:iam::123456789012:role/",
            "arn:aws:iam::123456789012:role/bad name"})
    void refused(String arn) {
        assertEquals("INVALID_ROLE_ARN", RoleArn.parse(arn).problem().code());
    }

    @ParameterizedTest
    @CsvSource({"64, true", "65, false"})
    void nameLength(int length, boolean ok) {
        assertEquals(ok, RoleArn.parse("arn:aws:iam::123456789012:role/" + "r".repeat(length)).ok());
    }
}
