package io.taskdef.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * Creates real resources in a {@link MotoServer} through the AWS SDK, as an operator would in AWS: secrets
 * (JSON, plain string, binary; several versions and stages), KMS keys, SSM parameters, IAM roles; and reads
 * back what the service under test did (task definition revisions, inline role policies).
 */
public final class AwsFixtures implements AutoCloseable {

    public static final String REGION = "us-east-1";
    public static final String ECS_TASKS_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    public static final String EC2_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    public final SecretsManagerClient secrets;
    public final KmsClient kms;
    public final SsmClient ssm;
    public final IamClient iam;
    public final EcsClient ecs;

    public AwsFixtures(String endpoint) {
        URI uri = URI.create(endpoint);
        StaticCredentialsProvider creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
        Region region = Region.of(REGION);
        secrets = SecretsManagerClient.builder().endpointOverride(uri).region(region).credentialsProvider(creds).build();
        kms = KmsClient.builder().endpointOverride(uri).region(region).credentialsProvider(creds).build();
        ssm = SsmClient.builder().endpointOverride(uri).region(region).credentialsProvider(creds).build();
        iam = IamClient.builder().endpointOverride(uri).region(Region.AWS_GLOBAL).credentialsProvider(creds).build();
        ecs = EcsClient.builder().endpointOverride(uri).region(region).credentialsProvider(creds).build();
    }

    /** A secret stored as text; {@code kmsKeyId} null for the default key. Returns its complete ARN. */
    public String textSecret(String name, String value, String kmsKeyId) {
        return secrets.createSecret(b -> b.name(name).secretString(value).kmsKeyId(kmsKeyId)).arn();
    }

    public String binarySecret(String name, byte[] value) {
        return secrets.createSecret(b -> b.name(name).secretBinary(SdkBytes.fromByteArray(value))).arn();
    }

    /** Puts a new value, which becomes AWSCURRENT (the previous one AWSPREVIOUS); returns its version id. */
    public String newVersion(String secretId, String value) {
        return secrets.putSecretValue(b -> b.secretId(secretId).secretString(value)).versionId();
    }

    /** A customer-managed symmetric key; returns its ARN. */
    public String customerKey() {
        return kms.createKey(b -> b.description("taskdef-compiler test key")).keyMetadata().arn();
    }

    /** The ARN of the AWS managed key for Secrets Manager (alias/aws/secretsmanager). */
    public String secretsManagerDefaultKeyArn() {
        return kms.describeKey(b -> b.keyId("alias/aws/secretsmanager")).keyMetadata().arn();
    }

    public void parameter(String name, ParameterType type, String value, String kmsKeyId) {
        ssm.putParameter(b -> b.name(name).type(type).value(value).keyId(kmsKeyId));
    }

    /** A role with the given path ("/" for none) and trust policy; returns its ARN. */
    public String role(String name, String path, String trustPolicy) {
        return iam.createRole(b -> b.roleName(name).path(path).assumeRolePolicyDocument(trustPolicy)).role().arn();
    }

    public void putRolePolicy(String roleName, String policyName, String document) {
        iam.putRolePolicy(b -> b.roleName(roleName).policyName(policyName).policyDocument(document));
    }

    /** The inline policy's document as IAM returns it, URL-decoded. */
    public String rolePolicy(String roleName, String policyName) {
        String encoded = iam.getRolePolicy(b -> b.roleName(roleName).policyName(policyName)).policyDocument();
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    public List<String> activeRevisions(String family) {
        return ecs.listTaskDefinitions(b -> b.familyPrefix(family).status(TaskDefinitionStatus.ACTIVE)).taskDefinitionArns();
    }

    public void deregister(String taskDefinitionArn) {
        ecs.deregisterTaskDefinition(b -> b.taskDefinition(taskDefinitionArn));
    }

    @Override
    public void close() {
        secrets.close();
        kms.close();
        ssm.close();
        iam.close();
        ecs.close();
    }
}
