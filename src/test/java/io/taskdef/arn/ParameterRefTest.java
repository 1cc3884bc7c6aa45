package io.taskdef.arn;

import static io.taskdef.arn.SecretRefTest.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterRefTest {

    /** With or without a leading slash, the ARN has exactly one slash after "parameter". */
    @ParameterizedTest
    @CsvSource({
            "/prod/db/password, arn:aws:ssm:us-east-1:123456789012:parameter/prod/db/password",
            "db-password,       arn:aws:ssm:us-east-1:123456789012:parameter/db-password",
            "/flat,             arn:aws:ssm:us-east-1:123456789012:parameter/flat",
            "a.b_c-d,           arn:aws:ssm:us-east-1:123456789012:parameter/a.b_c-d"})
    void nameToArn(String name, String arn) {
        ParameterRef ref = ok(ParameterRef.parse(name, Partition.AWS, "us-east-1", "123456789012"));
        assertEquals(name, ref.name());
        assertEquals(arn, ref.arn());
    }

    /** An ARN parses to the name as SSM knows it and writes back to itself. */
    @ParameterizedTest
    @CsvSource({
            "arn:aws:ssm:us-east-1:123456789012:parameter/prod/db/password,        /prod/db/password",
            "arn:aws:ssm:us-east-1:123456789012:parameter/db-password,             db-password",
            "arn:aws-cn:ssm:cn-north-1:123456789012:parameter/prod/token,          /prod/token",
            "arn:aws-us-gov:ssm:us-gov-west-1:123456789012:parameter/prod/token,   /prod/token"})
    void arnRoundTrip(String arn, String name) {
        ParameterRef ref = ok(ParameterRef.parse(arn, Partition.AWS, "eu-west-1", null));
        assertEquals(name, ref.name());
        assertEquals(arn, ref.arn());
        assertEquals(arn, ok(ParameterRef.parse(ref.name(), Partition.ofId(ref.partition()), ref.region(), ref.account())).arn());
    }

    @ParameterizedTest
    @CsvSource({
            "AWS_CN,     cn-north-1,    arn:aws-cn:ssm:cn-north-1:123456789012:parameter/prod/token",
            "AWS_US_GOV, us-gov-east-1, arn:aws-us-gov:ssm:us-gov-east-1:123456789012:parameter/prod/token"})
    void namesExpandInThePartition(Partition partition, String region, String arn) {
        assertEquals(arn, ok(ParameterRef.parse("/prod/token", partition, region, "123456789012")).arn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws-token", "/aws/x", "ssm.x", "/SSM/x", "AwS", "/sSmx", "a//b", "/a/", "a b", "a#b", "",
            "/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16"})
    void invalidNames(String name) {
        assertEquals("PARAMETER_NAME", ParameterRef.parse(name, Partition.AWS, "us-east-1", "123456789012").problem().code());
    }

    @Test
    void fifteenLevelsIsTheLimit() {
        assertEquals("/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15",
                ok(ParameterRef.parse("/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15", Partition.AWS, "us-east-1", "123456789012")).name());
    }

    @ParameterizedTest
    @CsvSource({
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:x, INVALID_ARN",
            "arn:aws:ssm:us-east-1:123456789012:document/x,          INVALID_ARN",
            "arn:aws:ssm:us-east-1:1234:parameter/x,                 INVALID_ARN",
            "arn:aws:ssm:us-east-1:123456789012:parameter/aws-x,     PARAMETER_NAME"})
    void invalidArns(String arn, String code) {
        assertEquals(code, ParameterRef.parse(arn, Partition.AWS, "us-east-1", "123456789012").problem().code());
    }

    @Test
    void nameWithoutAccountCannotFormItsArn() {
        assertEquals("ACCOUNT_REQUIRED", ParameterRef.parse("/prod/token", Partition.AWS, "us-east-1", null).problem().code());
    }
}
