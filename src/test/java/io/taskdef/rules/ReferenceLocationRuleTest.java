package io.taskdef.rules;

import static io.taskdef.rules.Specs.KEY_ARN;
import static io.taskdef.rules.Specs.noWarning;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.okOr;
import static io.taskdef.rules.Specs.ref;

import io.taskdef.compile.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceLocationRuleTest {

    static final String REF = "/containers/0/secrets/S";

    /** A task in partition aws, aws-cn or aws-us-gov reads secrets and parameters of its own partition only. */
    @ParameterizedTest(name = "task in {0}, secret in {1}")
    @CsvSource({
            "us-east-1,     aws,        us-east-1,     true",
            "cn-north-1,    aws-cn,     cn-north-1,    true",
            "us-gov-west-1, aws-us-gov, us-gov-west-1, true",
            "us-gov-west-1, aws-us-gov, us-gov-east-1, true",
            "us-east-1,     aws-cn,     cn-north-1,    false",
            "cn-north-1,    aws,        us-east-1,     false",
            "us-gov-west-1, aws,        us-east-1,     false",
            "us-east-1,     aws-us-gov, us-gov-west-1, false"})
    void partitions(String taskRegion, String partition, String region, boolean same) {
        String secret = "arn:" + partition + ":secretsmanager:" + region + ":123456789012:secret:db-AbCdEf";
        String parameter = "arn:" + partition + ":ssm:" + region + ":123456789012:parameter/prod/db";
        for (String valueFrom : new String[] {secret, parameter}) {
            Specs.Spec s = Specs.fargate().set("/region", taskRegion)
                    .set("/executionRoleArn", "arn:" + io.taskdef.arn.Partition.ofRegion(taskRegion).id() + ":iam::123456789012:role/exec")
                    .secret("S", valueFrom);
            okOr(same, s.compile(), "CROSS_PARTITION", REF, "is in partition " + partition, "ECS cannot read across partitions");
        }
    }

    /** Another region is fine by ARN; only through the task's own VPC endpoints is it out of reach. */
    @Test
    void otherRegion() {
        Specs.Spec s = Specs.fargate().secret("S", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf");
        noWarning(ok(s.compile()), "CROSS_REGION_ENDPOINT");
        Outcome viaEndpoints = ok(s.set("/usesVpcEndpoints", true).compile());
        String message = Specs.warning(viaEndpoints, "CROSS_REGION_ENDPOINT", REF).message();
        org.junit.jupiter.api.Assertions.assertTrue(message.contains("is in eu-west-1; interface VPC endpoints only serve us-east-1"), message);
        noWarning(ok(Specs.fargate().set("/usesVpcEndpoints", true).secret("S", ref("secret", "prod/db")).compile()), "CROSS_REGION_ENDPOINT");
    }

    /** Another account needs a customer-managed key: warned about until one is declared. */
    @Test
    void otherAccount() {
        String arn = "arn:aws:secretsmanager:us-east-1:999999999999:secret:db-AbCdEf";
        Specs.warning(ok(Specs.fargate().secret("S", arn).compile()), "CROSS_ACCOUNT_REFERENCE", REF);
        noWarning(ok(Specs.fargate().secret("S", ref("secret", arn, "kmsKey", KEY_ARN)).compile()), "CROSS_ACCOUNT_REFERENCE");
        Specs.warning(ok(Specs.fargate().secret("S", ref("secret", arn, "kmsKey", "alias/aws/secretsmanager")).compile()),
                "CROSS_ACCOUNT_REFERENCE", REF);
        noWarning(ok(Specs.fargate().secret("S", ref("secret", "prod/db")).compile()), "CROSS_ACCOUNT_REFERENCE");
    }
}
