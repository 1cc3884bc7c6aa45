package io.taskdef.aws;

import static io.taskdef.aws.VerifyContext.field;

import io.taskdef.arn.SecretRef;
import io.taskdef.model.ResolvedRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import software.amazon.awssdk.services.secretsmanager.model.DecryptionFailureException;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks one Secrets Manager reference: the secret exists and the name or partial ARN resolves to exactly
 * one complete ARN; the version stage or id exists; the KMS key agrees with the spec; and with deep checks,
 * the value is a SecretString holding the JSON key. A value read for a deep check stays in this method's
 * local variables: it is never stored, returned or logged, and parse errors (which quote input) are dropped.
 */
final class SecretVerifier {

    static final String DEFAULT_KEY_ALIAS = "alias/aws/secretsmanager";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AwsClients aws;
    private final VerifyContext ctx;
    private final Map<String, Optional<DescribeSecretResponse>> described = new HashMap<>();

    SecretVerifier(AwsClients aws, VerifyContext ctx) {
        this.aws = aws;
        this.ctx = ctx;
    }

    void check(ResolvedRef r) {
        SecretRef s = r.secret();
        String id = s.secretArn();
        Optional<DescribeSecretResponse> found = described.computeIfAbsent(s.region() + " " + id, k -> AwsCall.optional(
                "secretsmanager:DescribeSecret", () -> aws.secretsManager(s.region()).describeSecret(b -> b.secretId(id)),
                ResourceNotFoundException.class));
        if (found.isEmpty()) {
            ctx.findings.error("SECRET_NOT_FOUND", field(r, "secret"), "Secrets Manager has no secret '" + s.name() + "' in " + s.region()
                    + " of account " + s.account() + " (" + id + ")");
            ctx.references.add(new ReferenceReport(r.pointer(), "secret", false, null, null, null, null));
            return;
        }
        DescribeSecretResponse d = found.get();
        if (!s.complete() && !d.name().equals(s.name())) {
            ctx.findings.error("SECRET_AMBIGUOUS", field(r, "secret"), "'" + s.name() + "' ends like a complete ARN's random suffix and "
                    + "resolved to the secret '" + d.name() + "' (" + d.arn() + "); give the complete ARN of the secret you mean");
            ctx.references.add(new ReferenceReport(r.pointer(), "secret", true, d.arn(), null, null, null));
            return;
        }
        ctx.completeArn(r, d.arn());
        KmsKeys.Key key = ctx.keys.resolve(s.region(), d.kmsKeyId(), DEFAULT_KEY_ALIAS);
        ctx.references.add(new ReferenceReport(r.pointer(), "secret", true, d.arn(), null, key.arn(),
                key.found() ? (key.awsManaged() ? "AWS" : "CUSTOMER") : null));
        ctx.checkKey(r, key, d.kmsKeyId());
        if (d.deletedDate() != null) {
            ctx.findings.error("SECRET_DELETED", field(r, "secret"), "the secret " + d.arn() + " is scheduled for deletion; "
                    + "restore it (aws secretsmanager restore-secret) or reference another one");
            return;
        }
        if (!versionsExist(r, s, d)) {
            return;
        }
        if (ctx.deepChecks && key.found()) {
            checkValue(r, s, d.arn());
        }
    }

    private boolean versionsExist(ResolvedRef r, SecretRef s, DescribeSecretResponse d) {
        Map<String, List<String>> versions = d.hasVersionIdsToStages() ? d.versionIdsToStages() : Map.of();
        if (versions.isEmpty()) {
            ctx.findings.error("SECRET_NO_VALUE", field(r, "secret"), "the secret " + d.arn() + " has no value yet; put one "
                    + "(aws secretsmanager put-secret-value) before tasks start");
            return false;
        }
        if (s.versionStage() != null && versions.values().stream().noneMatch(stages -> stages.contains(s.versionStage()))) {
            TreeSet<String> stages = new TreeSet<>();
            versions.values().forEach(stages::addAll);
            ctx.findings.error("VERSION_STAGE_NOT_FOUND", field(r, "versionStage"), "the secret " + d.name() + " has no version labelled '"
                    + s.versionStage() + "'; its stages are " + String.join(", ", stages));
            return false;
        }
        if (s.versionId() != null && !versions.containsKey(s.versionId())) {
            ctx.findings.error("VERSION_ID_NOT_FOUND", field(r, "versionId"), "the secret " + d.name() + " has no version '"
                    + s.versionId() + "' (" + versions.size() + " version(s) exist)");
            return false;
        }
        return true;
    }

    private void checkValue(ResolvedRef r, SecretRef s, String arn) {
        Optional<GetSecretValueResponse> value;
        try {
            value = AwsCall.optional("secretsmanager:GetSecretValue", () -> aws.secretsManager(s.region()).getSecretValue(b -> b
                    .secretId(arn).versionStage(s.versionStage()).versionId(s.versionId())), ResourceNotFoundException.class,
                    InvalidRequestException.class);
        } catch (AwsCallException e) {
            if (e.sdkException() instanceof DecryptionFailureException) {
                ctx.findings.error("SECRET_UNREADABLE", field(r, "secret"), "Secrets Manager could not decrypt the secret " + arn
                        + " with its KMS key; check the key is enabled and its key policy");
                return;
            }
            throw e;
        }
        if (value.isEmpty()) {
            ctx.findings.error("SECRET_UNREADABLE", field(r, "secret"), "the value of " + arn + " could not be read (deleted or no such version)");
            return;
        }
        String text = value.get().secretString();
        if (text == null) {
            ctx.findings.error("SECRET_BINARY", field(r, "secret"), "the secret " + arn + " holds binary data (SecretBinary); ECS only "
                    + "injects secrets stored as text (SecretString)");
            return;
        }
        if (s.jsonKey() == null) {
            return;
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            ctx.findings.error("SECRET_NOT_JSON", field(r, "jsonKey"), "the value of " + arn + " is not a JSON object, so it has no key '"
                    + s.jsonKey() + "'; reference the whole secret (drop jsonKey) or store it as a JSON object");
        } else if (!root.has(s.jsonKey())) {
            ctx.findings.error("JSON_KEY_NOT_FOUND", field(r, "jsonKey"), "the value of " + arn + " is a JSON object with "
                    + root.size() + " top-level key(s), none named '" + s.jsonKey() + "'");
        }
    }
}
