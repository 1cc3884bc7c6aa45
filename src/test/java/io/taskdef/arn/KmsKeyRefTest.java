package io.taskdef.arn;

import static io.taskdef.arn.SecretRefTest.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KmsKeyRefTest {

    static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";

    @ParameterizedTest
    @CsvSource({
            "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab,           us-east-1",
            "arn:aws-cn:kms:cn-north-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab,       cn-north-1",
            "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/mrk-0123456789abcdef0123456789abcdef, us-gov-west-1"})
    void keyArnsAreKept(String arn, String region) {
        KmsKeyRef key = ok(KmsKeyRef.parse(arn, Partition.AWS, "eu-west-1", "999999999999"));
        assertEquals(arn, key.arn());
        assertEquals(region, key.region());
        assertFalse(key.awsManaged());
    }

    /** A bare key id is expanded in the secret's partition, region and account. */
    @ParameterizedTest
    @CsvSource({
            "AWS,        us-east-1,     arn:aws:kms:us-east-1:123456789012:key/" + KEY_ID,
            "AWS_CN,     cn-north-1,    arn:aws-cn:kms:cn-north-1:123456789012:key/" + KEY_ID,
            "AWS_US_GOV, us-gov-west-1, arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/" + KEY_ID})
    void keyIdsExpand(Partition partition, String region, String arn) {
        assertEquals(arn, ok(KmsKeyRef.parse(KEY_ID, partition, region, "123456789012")).arn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alias/aws/secretsmanager", "alias/aws/ssm", "arn:aws:kms:us-east-1:123456789012:alias/aws/secretsmanager"})
    void awsManagedKeysNeedNoGrant(String key) {
        assertTrue(ok(KmsKeyRef.parse(key, Partition.AWS, "us-east-1", "123456789012")).awsManaged());
    }

    @ParameterizedTest
    @CsvSource({
            "alias/my-key,                                                   KMS_KEY_ALIAS",
            "arn:aws:kms:us-east-1:123456789012:alias/my-key,                KMS_KEY_ALIAS",
            "not-a-key,                                                      INVALID_ARN",
            "arn:aws:kms:us-east-1:123456789012:key/not-a-uuid,              INVALID_ARN",
            "arn:aws:s3:us-east-1:123456789012:key/" + KEY_ID + ",           INVALID_ARN",
            "arn:aws:kms:us-east-1:12345:key/" + KEY_ID + ",                 INVALID_ARN",
            "arn:aws-xx:kms:us-east-1:123456789012:key/" + KEY_ID + ",       INVALID_ARN"})
    void refused(String key, String code) {
        assertEquals(code, KmsKeyRef.parse(key, Partition.AWS, "us-east-1", "123456789012").problem().code());
    }

    @Test
    void keyIdWithoutAccount() {
        assertEquals("ACCOUNT_REQUIRED", KmsKeyRef.parse(KEY_ID, Partition.AWS, "us-east-1", null).problem().code());
    }
}
