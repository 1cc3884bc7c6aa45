package io.taskdef.arn;

/**
 * A KMS key as an IAM policy must name it: the key ARN. A spec may give the key ARN or a bare key id
 * (expanded in the secret's region and account). Aliases cannot be granted on by ARN in a policy, so they
 * are refused, except the AWS managed {@code alias/aws/secretsmanager} and {@code alias/aws/ssm} keys,
 * which need no grant at all.
 *
 * @param awsManaged true for the AWS managed default keys; those get no kms:Decrypt statement
 */
public record KmsKeyRef(String arn, String region, boolean awsManaged) {

    public static ArnResult<KmsKeyRef> parse(String key, Partition partition, String region, String account) {
        String alias = aliasName(key);
        if (alias != null) {
            if (alias.equals("alias/aws/secretsmanager") || alias.equals("alias/aws/ssm")) {
                return ArnResult.ok(new KmsKeyRef(key, region, true));
            }
            return ArnResult.fail("KMS_KEY_ALIAS", "'" + key + "' is an alias; IAM grants kms:Decrypt on key ARNs "
                    + "(arn:aws:kms:REGION:ACCOUNT:key/KEY_ID). Give the key ARN, or verify the spec to resolve the alias");
        }
        if (key.startsWith("arn:")) {
            Arn arn = Arn.parse(key);
            if (arn == null || !arn.service().equals("kms") || !arn.resource().startsWith("key/")) {
                return ArnResult.fail("INVALID_ARN", "'" + key + "' is not a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY_ID)");
            }
            ArnProblem partsProblem = arn.checkParts(true, true);
            if (partsProblem != null) {
                return ArnResult.fail(partsProblem);
            }
            if (!Chars.kmsKeyId(arn.resource().substring(4))) {
                return ArnResult.fail("INVALID_ARN", "'" + arn.resource().substring(4) + "' is not a KMS key id (a UUID or mrk-...)");
            }
            return ArnResult.ok(new KmsKeyRef(key, arn.region(), false));
        }
        if (!Chars.kmsKeyId(key)) {
            return ArnResult.fail("INVALID_ARN", "'" + key + "' is neither a KMS key ARN nor a key id");
        }
        if (account == null) {
            return ArnResult.fail("ACCOUNT_REQUIRED", "the key id '" + key + "' needs the account to form its ARN: set 'account' or give the key ARN");
        }
        return ArnResult.ok(new KmsKeyRef("arn:" + partition.id() + ":kms:" + region + ":" + account + ":key/" + key, region, false));
    }

    /** "alias/x" for an alias name or alias ARN, else null. */
    static String aliasName(String key) {
        if (key.startsWith("alias/")) {
            return key;
        }
        Arn arn = Arn.parse(key);
        if (arn != null && arn.service().equals("kms") && arn.resource().startsWith("alias/")) {
            return arn.resource();
        }
        return null;
    }
}
