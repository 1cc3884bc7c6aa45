package io.taskdef.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KmsKeysTest {

    @Test
    void awsManagedAliasesAreRecognisedByNameAndArn() {
        assertThat(KmsKeys.isAwsAlias("alias/aws/secretsmanager")).isTrue();
        assertThat(KmsKeys.isAwsAlias("alias/aws/ssm")).isTrue();
        assertThat(KmsKeys.isAwsAlias("arn:aws:kms:us-east-1:123456789012:alias/aws/secretsmanager")).isTrue();
    }

    @Test
    void customerAliasesAndKeysAreNot() {
        assertThat(KmsKeys.isAwsAlias("alias/prod-secrets")).isFalse();
        assertThat(KmsKeys.isAwsAlias("alias/awsome")).isFalse();
        assertThat(KmsKeys.isAwsAlias("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")).isFalse();
        assertThat(KmsKeys.isAwsAlias("1234abcd-12ab-34cd-56ef-1234567890ab")).isFalse();
    }
}
