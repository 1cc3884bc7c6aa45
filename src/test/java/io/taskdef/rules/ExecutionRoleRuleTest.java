package io.taskdef.rules;

import static io.taskdef.rules.Specs.SECRET_ARN;
import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.okOr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExecutionRoleRuleTest {

    static final String ECR = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2";

    /** What makes the agent act with the execution role, per launch type; the message names the cause. */
    @ParameterizedTest
    @CsvSource({
            "FARGATE, secret,      true,  /containers/0/secrets/S reads a secret",
            "EC2,     secret,      true,  /containers/0/secrets/S reads a secret",
            "EC2,     logOption,   true,  /containers/0/logging/secretOptions/splunk-token reads a secret",
            "FARGATE, ecrImage,    true,  /containers/0/image is pulled from a private ECR repository",
            "FARGATE, awslogs,     true,  /containers/0/logging sends logs to CloudWatch",
            "EC2,     ecrImage,    false, ",
            "EC2,     awslogs,     false, ",
            "FARGATE, publicImage, false, "})
    void requiredWhenTheAgentFetchesForTheTask(String launchType, String feature, boolean required, String because) {
        Specs.Spec s = (launchType.equals("EC2") ? Specs.ec2() : Specs.fargate()).remove("/executionRoleArn");
        switch (feature) {
            case "secret" -> s.secret("S", SECRET_ARN);
            case "logOption" -> s.set("/containers/0/logging/driver", "splunk").set("/containers/0/logging/secretOptions/splunk-token", SECRET_ARN);
            case "ecrImage" -> s.set("/containers/0/image", ECR);
            case "awslogs" -> s.set("/containers/0/logging/driver", "awslogs");
            default -> s.set("/containers/0/image", "public.ecr.aws/nginx/nginx:1.27");
        }
        okOr(!required, s.compile(), "EXECUTION_ROLE_REQUIRED", "/executionRoleArn", "set executionRoleArn: " + because);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/executionRoleArn", "/taskRoleArn"})
    void roleArnsAreIamRoleArns(String field) {
        errorSays(Specs.fargate().set(field, "ecsTaskExecutionRole").compile(), "INVALID_ROLE_ARN", field, "is not an IAM role ARN");
        errorSays(Specs.fargate().set(field, "arn:aws:iam::123456789012:user/alice").compile(), "INVALID_ROLE_ARN", field);
        errorSays(Specs.fargate().set(field, "arn:aws:iam::123456789012:role/" + "r".repeat(65)).compile(), "INVALID_ROLE_ARN", field,
                "not a valid role name");
        ok(Specs.fargate().set(field, "arn:aws:iam::123456789012:role/service-role/" + "r".repeat(64)).compile());
    }
}
