package io.taskdef.aws;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.kms.model.DescribeKeyResponse;
import software.amazon.awssdk.services.kms.model.KeyManagerType;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.NotFoundException;

/**
 * Decides which KMS key really encrypts a secret or SecureString parameter, and whether it is the AWS
 * managed default key (no grant needed) or a customer-managed one (kms:Decrypt needed). The default key is
 * recognised first by an absent key id or an {@code alias/aws/...} alias, then by {@code KeyManager = AWS},
 * and last by being the key the service's default alias points to. Answers are cached for one verification.
 */
final class KmsKeys {

    /** The key found; {@code arn} is null for the default key named only by omission or alias. */
    record Key(String arn, boolean awsManaged, boolean found) {

        static final Key DEFAULT = new Key(null, true, true);
        static final Key MISSING = new Key(null, false, false);
    }

    private final AwsClients aws;
    private final Map<String, Optional<KeyMetadata>> described = new HashMap<>();

    KmsKeys(AwsClients aws) {
        this.aws = aws;
    }

    /**
     * @param keyId        what the service reported (key id, key ARN, alias name or alias ARN); null for the default key
     * @param defaultAlias the service's AWS managed key: {@code alias/aws/secretsmanager} or {@code alias/aws/ssm}
     */
    Key resolve(String region, String keyId, String defaultAlias) {
        if (keyId == null || keyId.isBlank() || isAwsAlias(keyId)) {
            return Key.DEFAULT;
        }
        Optional<KeyMetadata> key = describe(region, keyId);
        if (key.isEmpty()) {
            return Key.MISSING;
        }
        KeyMetadata k = key.get();
        if (k.keyManager() == KeyManagerType.AWS) {
            return new Key(k.arn(), true, true);
        }
        Optional<KeyMetadata> defaultKey = describe(region, defaultAlias);
        boolean isDefault = defaultKey.isPresent() && defaultKey.get().keyId().equals(k.keyId());
        return new Key(k.arn(), isDefault, true);
    }

    private Optional<KeyMetadata> describe(String region, String keyId) {
        return described.computeIfAbsent(region + " " + keyId, k -> AwsCall.optional("kms:DescribeKey",
                () -> aws.kms(region).describeKey(b -> b.keyId(keyId)), NotFoundException.class).map(DescribeKeyResponse::keyMetadata));
    }

    /** {@code alias/aws/...} or its ARN: the AWS managed keys, which only AWS services use and need no grant. */
    static boolean isAwsAlias(String keyId) {
        int i = keyId.indexOf("alias/");
        return i >= 0 && keyId.startsWith("alias/aws/", i) && (i == 0 || keyId.startsWith("arn:"));
    }
}
