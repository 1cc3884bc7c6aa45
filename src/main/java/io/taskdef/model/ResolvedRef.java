package io.taskdef.model;

import io.taskdef.arn.ArnProblem;
import io.taskdef.arn.KmsKeyRef;
import io.taskdef.arn.ParameterRef;
import io.taskdef.arn.SecretRef;
import io.taskdef.policy.Grant;
import io.taskdef.policy.PolicyMerger;
import io.taskdef.spec.RefSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A reference from the spec, resolved to exactly one Secrets Manager secret or SSM parameter (or to the
 * problem that prevented it). Lowering reads one object: the {@code secrets[]} entry ECS gets ({@link #key},
 * {@link #valueFrom}) and the grants the execution role needs come from the same object, so they cannot disagree.
 *
 * @param use     whether it feeds an environment variable or a log driver option
 * @param key     the environment variable or log option name
 * @param kms     the customer-managed (or declared AWS managed) key, null when none is declared or found
 */
public record ResolvedRef(String pointer, int container, Use use, String key, RefSpec spec,
                          SecretRef secret, ParameterRef parameter, ArnProblem problem,
                          KmsKeyRef kms, ArnProblem kmsProblem, boolean kmsDiscovered) {

    public enum Use {
        ENVIRONMENT, LOG_OPTION
    }

    public boolean resolved() {
        return problem == null && (secret != null || parameter != null);
    }

    /** True for a JSON key, version stage or version id: these need Fargate 1.4.0 / agent 1.37.0. */
    public boolean usesQualifier() {
        return secret != null && secret.hasQualifier();
    }

    public String valueFrom() {
        return secret != null ? secret.valueFrom() : parameter.arn();
    }

    public String region() {
        return secret != null ? secret.region() : parameter.region();
    }

    public String partition() {
        return secret != null ? secret.partition() : parameter.partition();
    }

    public String account() {
        return secret != null ? secret.account() : parameter.account();
    }

    /** A short phrase naming what is referenced, for messages: "secret prod/db" or "parameter /prod/token". */
    public String describe() {
        return secret != null ? "secret " + secret.name() : "parameter " + parameter.name();
    }

    /** What the feature needs, in words, for requirement reasons: "uses a JSON key", "injects a secret". */
    public String feature() {
        if (secret != null && secret.jsonKey() != null) {
            return "uses a JSON key";
        }
        if (secret != null && secret.versionStage() != null) {
            return "uses a version stage";
        }
        if (secret != null && secret.versionId() != null) {
            return "uses a version id";
        }
        return use == Use.LOG_OPTION ? "injects a secret into the log configuration" : "injects a secret";
    }

    /** The IAM grants the execution role needs for this reference. */
    public List<Grant> grants(boolean kmsViaService) {
        List<Grant> grants = new ArrayList<>(2);
        String service;
        if (secret != null) {
            grants.add(Grant.of("ReadSecrets", "secretsmanager:GetSecretValue", secret.policyResource()));
            service = "secretsmanager";
        } else {
            grants.add(Grant.of("ReadParameters", "ssm:GetParameters", parameter.arn()));
            service = "ssm";
        }
        if (kms != null && !kms.awsManaged()) {
            if (kmsViaService) {
                String via = service + "." + region() + "." + io.taskdef.arn.Partition.ofId(partition()).dnsSuffix();
                grants.add(new Grant("DecryptVia" + PolicyMerger.sidPart(service + " " + region()), List.of("kms:Decrypt"),
                        kms.arn(), Map.of("StringEquals", Map.of("kms:ViaService", via))));
            } else {
                grants.add(Grant.of("DecryptSecrets", "kms:Decrypt", kms.arn()));
            }
        }
        return grants;
    }
}
