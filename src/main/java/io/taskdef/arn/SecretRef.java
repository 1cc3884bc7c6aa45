package io.taskdef.arn;

import java.util.Objects;

/**
 * A Secrets Manager secret as ECS references it in {@code valueFrom}:
 * {@code arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME[:json-key:version-stage:version-id]}.
 * Once any of the three qualifiers is given, all three colon-separated slots are written (empty when unset),
 * exactly as ECS parses them.
 *
 * <p>{@code name} is the secret name as written in the ARN; for a complete ARN it ends with the 6-character
 * suffix. {@code complete} is true when {@code name} carries the random {@code -XXXXXX} suffix Secrets Manager
 * appends. A value class with a record's accessors, equality and text; its ARN forms are built once.
 */
public final class SecretRef {

    private final String partition;
    private final String region;
    private final String account;
    private final String name;
    private final boolean complete;
    private final String jsonKey;
    private final String versionStage;
    private final String versionId;
    // derived once: a compile reads each of them several times (task definition, grants, policy size, messages)
    private final String secretArn;
    private final String valueFrom;
    private final String policyResource;

    public SecretRef(String partition, String region, String account, String name, boolean complete,
                     String jsonKey, String versionStage, String versionId) {
        this.partition = partition;
        this.region = region;
        this.account = account;
        this.name = name;
        this.complete = complete;
        this.jsonKey = jsonKey;
        this.versionStage = versionStage;
        this.versionId = versionId;
        this.secretArn = "arn:" + partition + ":secretsmanager:" + region + ":" + account + ":secret:" + name;
        this.valueFrom = !hasQualifier() ? secretArn : secretArn + ":" + nz(jsonKey) + ":" + nz(versionStage) + ":" + nz(versionId);
        this.policyResource = complete ? secretArn : secretArn + "-??????";
    }

    public String partition() {
        return partition;
    }

    public String region() {
        return region;
    }

    public String account() {
        return account;
    }

    public String name() {
        return name;
    }

    public boolean complete() {
        return complete;
    }

    public String jsonKey() {
        return jsonKey;
    }

    public String versionStage() {
        return versionStage;
    }

    public String versionId() {
        return versionId;
    }

    /** The ARN of the secret itself, without the json-key/stage/id qualifiers. */
    public String secretArn() {
        return secretArn;
    }

    /** What goes into the task definition's {@code valueFrom}. */
    public String valueFrom() {
        return valueFrom;
    }

    /**
     * The IAM resource that GetSecretValue must be allowed on: the complete ARN, or for a partial ARN the
     * name followed by {@code -??????} (exactly six characters, so {@code prod/db} cannot match {@code prod/db-old-AbCdEf}).
     */
    public String policyResource() {
        return policyResource;
    }

    /** Equal when every component is, as a record's. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SecretRef r && complete == r.complete && Objects.equals(partition, r.partition)
                && Objects.equals(region, r.region) && Objects.equals(account, r.account) && Objects.equals(name, r.name)
                && Objects.equals(jsonKey, r.jsonKey) && Objects.equals(versionStage, r.versionStage)
                && Objects.equals(versionId, r.versionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partition, region, account, name, complete, jsonKey, versionStage, versionId);
    }

    @Override
    public String toString() {
        return "SecretRef[partition=" + partition + ", region=" + region + ", account=" + account + ", name=" + name
                + ", complete=" + complete + ", jsonKey=" + jsonKey + ", versionStage=" + versionStage + ", versionId=" + versionId + "]";
    }

    public boolean hasQualifier() {
        return jsonKey != null || versionStage != null || versionId != null;
    }

    public boolean usesVersion() {
        return versionStage != null || versionId != null;
    }

    /** The same reference, pointing at the complete ARN found in AWS. */
    public SecretRef withCompleteArn(String completeArn) {
        Arn arn = Arn.parse(completeArn);
        String resolvedName = arn.resource().substring("secret:".length());
        return new SecretRef(arn.partition(), arn.region(), arn.account(), resolvedName, true, jsonKey, versionStage, versionId);
    }

    /** Parses a raw {@code valueFrom} that names a Secrets Manager secret. */
    public static ArnResult<SecretRef> parseValueFrom(String raw) {
        Arn arn = Arn.parse(raw);
        if (arn == null || !arn.service().equals("secretsmanager")) {
            return ArnResult.fail("INVALID_VALUE_FROM", "'" + raw + "' is not a Secrets Manager secret ARN");
        }
        ArnProblem partsProblem = arn.checkParts(true, true);
        if (partsProblem != null) {
            return ArnResult.fail(partsProblem);
        }
        if (!arn.resource().startsWith("secret:")) {
            return ArnResult.fail("INVALID_VALUE_FROM", "a Secrets Manager ARN names 'secret:NAME' after the account, found '" + arn.resource() + "'");
        }
        String[] q = arn.resource().substring("secret:".length()).split(":", -1);
        if (q.length == 2 || q.length == 3) {
            String base = raw.substring(0, raw.length() - arn.resource().length()) + "secret:" + q[0];
            // a UUID after json-key:version-stage is a version id written into the stage slot (the seed's own "::<id>" typo)
            boolean idInStageSlot = q.length == 3 && Chars.uuid(q[2]);
            String corrected = idInStageSlot ? base + ":" + q[1] + "::" + q[2] : raw + ":".repeat(4 - q.length);
            String reading = idInStageSlot ? " '" + q[2] + "' looks like a version id, which is the third slot." : "";
            return ArnResult.fail(new ArnProblem("VALUE_FROM_COLONS",
                    "'" + raw + "' has " + (q.length - 1) + " of the 3 qualifier slots (json-key:version-stage:version-id); "
                            + "once one is given all colons must stay." + reading + " Use '" + corrected + "'", corrected));
        }
        if (q.length > 4) {
            return ArnResult.fail("INVALID_VALUE_FROM", "'" + raw + "' has more than the 3 qualifiers json-key:version-stage:version-id"
                    + " (a JSON key cannot contain ':')");
        }
        String name = q[0];
        ArnProblem nameProblem = checkName(name);
        if (nameProblem != null) {
            return ArnResult.fail(nameProblem);
        }
        String jsonKey = q.length == 4 ? emptyToNull(q[1]) : null;
        String stage = q.length == 4 ? emptyToNull(q[2]) : null;
        String id = q.length == 4 ? emptyToNull(q[3]) : null;
        ArnProblem qualifierProblem = checkQualifiers(jsonKey, stage, id);
        if (qualifierProblem != null) {
            return ArnResult.fail(qualifierProblem);
        }
        return ArnResult.ok(new SecretRef(arn.partition(), arn.region(), arn.account(), name, isSuffixed(name), jsonKey, stage, id));
    }

    /**
     * The {@code secret} field of a reference object: a name (expanded with the task's partition, region and
     * account), a partial ARN or a complete ARN, plus the qualifiers given as their own fields.
     */
    public static ArnResult<SecretRef> of(String secret, String jsonKey, String versionStage, String versionId,
                                          Partition partition, String region, String account) {
        ArnProblem qualifierProblem = checkQualifiers(jsonKey, versionStage, versionId);
        if (qualifierProblem != null) {
            return ArnResult.fail(qualifierProblem);
        }
        if (secret.startsWith("arn:")) {
            Arn arn = Arn.parse(secret);
            if (arn == null || !arn.service().equals("secretsmanager") || !arn.resource().startsWith("secret:")) {
                return ArnResult.fail("INVALID_ARN", "'" + secret + "' is not a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME)");
            }
            ArnProblem partsProblem = arn.checkParts(true, true);
            if (partsProblem != null) {
                return ArnResult.fail(partsProblem);
            }
            String name = arn.resource().substring("secret:".length());
            if (name.indexOf(':') >= 0) {
                return ArnResult.fail("INVALID_ARN", "'secret' takes the secret's ARN only; give json-key, version-stage and version-id "
                        + "as jsonKey, versionStage and versionId");
            }
            ArnProblem nameProblem = checkName(name);
            if (nameProblem != null) {
                return ArnResult.fail(nameProblem);
            }
            return ArnResult.ok(new SecretRef(arn.partition(), arn.region(), arn.account(), name, isSuffixed(name), jsonKey, versionStage, versionId));
        }
        ArnProblem nameProblem = checkName(secret);
        if (nameProblem != null) {
            return ArnResult.fail(nameProblem);
        }
        if (account == null) {
            return ArnResult.fail("ACCOUNT_REQUIRED", "the secret name '" + secret + "' expands to an ARN, which needs the account: "
                    + "set 'account' or 'executionRoleArn', or give the secret's ARN");
        }
        return ArnResult.ok(new SecretRef(partition.id(), region, account, secret, false, jsonKey, versionStage, versionId));
    }

    /** True when a bare name looks like it already carries a random suffix, which makes partial-ARN lookups ambiguous. */
    public static boolean isSuffixed(String name) {
        int n = name.length();
        return n >= 8 && name.charAt(n - 7) == '-' && Chars.alnumOr(name.substring(n - 6), 6, 6, "");
    }

    static ArnProblem checkName(String name) {
        if (!Chars.alnumOr(name, 1, 512, "/_+=.@-")) {
            return ArnProblem.of("SECRET_NAME", "'" + name + "' is not a valid secret name: use 1-512 ASCII letters, digits and / _ + = . @ -");
        }
        return null;
    }

    static ArnProblem checkQualifiers(String jsonKey, String stage, String id) {
        if (stage != null && id != null) {
            return ArnProblem.of("STAGE_AND_ID", "give either a version stage ('" + stage + "') or a version id ('" + id + "'), not both");
        }
        if (jsonKey != null && (jsonKey.isEmpty() || jsonKey.indexOf(':') >= 0)) {
            return ArnProblem.of("INVALID_JSON_KEY", "a JSON key must be non-empty and cannot contain ':'");
        }
        if (stage != null && (stage.isEmpty() || stage.length() > 256 || stage.indexOf(':') >= 0)) {
            return ArnProblem.of("INVALID_VERSION_STAGE", "a version stage is 1-256 characters without ':'");
        }
        if (id != null && !Chars.alnumOr(id, 32, 64, "-")) {
            return ArnProblem.of("INVALID_VERSION_ID", "'" + id + "' is not a version id (32-64 letters, digits and hyphens, usually a UUID)");
        }
        return null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
