package io.taskdef.rules;

import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskdef.arn.Partition;
import io.taskdef.compile.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VpcEndpointRuleTest {

    static Specs.Spec everything(String region) {
        String partition = Partition.ofRegion(region).id();
        String dns = Partition.ofRegion(region).dnsSuffix();
        return Specs.fargate().set("/region", region).set("/usesVpcEndpoints", true)
                .set("/executionRoleArn", "arn:" + partition + ":iam::123456789012:role/x")
                .set("/containers/0/image", "123456789012.dkr.ecr." + region + "." + dns + "/web:1")
                .set("/containers/0/logging/driver", "awslogs")
                .secret("A", ref("secret", "prod/db")).secret("B", ref("secret", "prod/other")).secret("C", ref("parameter", "/prod/token"));
    }

    /** One endpoint per service used, each once, in the partition's naming. */
    @ParameterizedTest
    @CsvSource({"us-east-1, com.amazonaws.us-east-1.", "cn-north-1, cn.com.amazonaws.cn-north-1.", "us-gov-west-1, com.amazonaws.us-gov-west-1."})
    void endpointsPerService(String region, String prefix) {
        Outcome o = ok(everything(region).compile());
        assertEquals(List.of(prefix + "secretsmanager", prefix + "ssm", prefix + "logs", prefix + "ecr.api", prefix + "ecr.dkr", prefix + "s3"),
                Specs.requirements(o, "VPC_ENDPOINT"));
    }

    @Test
    void causesAreNamed() {
        Outcome o = ok(everything("us-east-1").compile());
        List<String> because = o.requirements().stream().filter(r -> r.code().equals("VPC_ENDPOINT")).map(r -> r.because()).toList();
        assertEquals(List.of("/containers/0/secrets/A reads a Secrets Manager secret", "/containers/0/secrets/C reads an SSM parameter",
                "/containers/0/logging uses awslogs", "/containers/0/image is in ECR", "/containers/0/image is in ECR",
                "/containers/0/image is in ECR (image layers come from S3: a gateway endpoint)"), because);
    }

    @Test
    void onlyWhatIsUsed() {
        Outcome o = ok(Specs.fargate().set("/usesVpcEndpoints", true).secret("A", ref("parameter", "/prod/token")).compile());
        assertEquals(List.of("com.amazonaws.us-east-1.ssm"), Specs.requirements(o, "VPC_ENDPOINT"));
    }

    @Test
    void noneWithoutVpcEndpoints() {
        assertEquals(List.of(), Specs.requirements(ok(everything("us-east-1").set("/usesVpcEndpoints", false).compile()), "VPC_ENDPOINT"));
    }
}
