package io.taskdef.rules;

import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.ok;

import io.taskdef.arn.Partition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1", "eu-central-2", "ap-southeast-4", "cn-north-1", "us-gov-west-1"})
    void regionCodes(String region) {
        ok(Specs.fargate().set("/region", region).set("/executionRoleArn", "arn:" + Partition.ofRegion(region).id() + ":iam::123456789012:role/x")
                .compile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"US-EAST-1", "useast1", "us-east", "N. Virginia", "us_east_1", ""})
    void notRegionCodes(String region) {
        errorSays(Specs.fargate().set("/region", region).compile(), "INVALID_REGION", "/region", "'" + region + "' is not a region code");
    }
}
