package io.taskdef.aws;

import io.taskdef.arn.KmsKeyRef;
import io.taskdef.diag.Findings;
import io.taskdef.model.Facts;
import io.taskdef.model.ResolvedRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one verification collects while it checks references: findings, reports and facts. */
final class VerifyContext {

    final Findings findings = new Findings();
    final List<ReferenceReport> references = new ArrayList<>();
    final KmsKeys keys;
    final boolean deepChecks;
    private final Map<String, String> completeArns = new LinkedHashMap<>();
    private final Map<String, String> customerKeys = new LinkedHashMap<>();

    VerifyContext(AwsClients aws, boolean deepChecks) {
        this.keys = new KmsKeys(aws);
        this.deepChecks = deepChecks;
    }

    Facts facts() {
        return new Facts(Map.copyOf(completeArns), Map.copyOf(customerKeys));
    }

    void completeArn(ResolvedRef r, String arn) {
        completeArns.put(r.pointer(), arn);
    }

    /** The pointer of one field of a reference object; a raw valueFrom string has no fields, so its own pointer. */
    static String field(ResolvedRef r, String name) {
        return r.spec().isRaw() ? r.pointer() : r.pointer() + "/" + name;
    }

    /**
     * Compares the key that really encrypts a reference with the one the spec declares: a customer-managed
     * key the spec does not name becomes a fact (the compile grants kms:Decrypt on it and warns); a declared
     * key that differs is an error.
     */
    void checkKey(ResolvedRef r, KmsKeys.Key actual, String keyId) {
        String where = r.secret() != null ? "secret" : "parameter";
        if (!actual.found()) {
            findings.error("KMS_KEY_NOT_FOUND", field(r, where), "the " + r.describe() + " is encrypted with the KMS key '" + keyId
                    + "', which KMS does not know in " + r.region() + "; ECS will not be able to decrypt it");
            return;
        }
        if (r.kmsProblem() != null) {
            return;
        }
        KmsKeyRef declared = r.kms();
        if (actual.awsManaged()) {
            if (declared != null && !declared.awsManaged()) {
                findings.error("KMS_KEY_MISMATCH", field(r, "kmsKey"), "the " + r.describe() + " is encrypted with the AWS managed key, not "
                        + declared.arn() + "; remove kmsKey (the AWS managed key needs no grant)");
            }
            return;
        }
        if (declared == null) {
            customerKeys.put(r.pointer(), actual.arn());
        } else if (declared.awsManaged() || !declared.arn().equals(actual.arn())) {
            findings.error("KMS_KEY_MISMATCH", field(r, "kmsKey"), "the " + r.describe() + " is encrypted with the customer-managed key "
                    + actual.arn() + ", but kmsKey names " + declared.arn() + "; set kmsKey to " + actual.arn());
        }
    }
}
