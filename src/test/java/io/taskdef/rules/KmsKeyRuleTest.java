package io.taskdef.rules;

import static io.taskdef.rules.Specs.KEY_ARN;
import static io.taskdef.rules.Specs.SECRET_ARN;
import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.noError;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.ref;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskdef.compile.Compiler;
import io.taskdef.compile.Outcome;
import io.taskdef.model.Facts;
import io.taskdef.wire.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KmsKeyRuleTest {

    static final String KMS_KEY = "/containers/0/secrets/S/kmsKey";
    static final String OTHER_KEY = KEY_ARN.replace("1234abcd", "9999abcd");

    static Outcome withKey(String key) {
        return Specs.fargate().secret("S", ref("secret", "prod/db", "kmsKey", key)).compile();
    }

    @ParameterizedTest
    @ValueSource(strings = {KEY_ARN, "1234abcd-12ab-34cd-56ef-1234567890ab", "mrk-0123456789abcdef0123456789abcdef"})
    void customerManagedKeys(String key) {
        ok(withKey(key));
        ok(Specs.fargate().secret("S", ref("parameter", "/prod/token", "kmsKey", key)).compile());
    }

    /** The error points at the kmsKey field, not at the whole reference. */
    @ParameterizedTest
    @CsvSource({
            "alias/my-key,                                          KMS_KEY_ALIAS,   is an alias",
            "arn:aws:kms:us-east-1:123456789012:alias/my-key,       KMS_KEY_ALIAS,   is an alias",
            "my-key,                                                INVALID_KMS_KEY, is neither a KMS key ARN nor a key id",
            "arn:aws:kms:us-east-1:123456789012:key/short,          INVALID_KMS_KEY, is not a KMS key id",
            "arn:aws:kms:us-east-1:1234:key/1234abcd-12ab-34cd-56ef-1234567890ab, INVALID_KMS_KEY, 12-digit"})
    void refusedKeys(String key, String code, String says) {
        Outcome o = withKey(key);
        errorSays(o, code, KMS_KEY, says);
        noError(o, "SECRET_NAME");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alias/aws/secretsmanager", "arn:aws:kms:us-east-1:123456789012:alias/aws/secretsmanager"})
    void awsManagedKeyIsAWarning(String key) {
        Specs.warning(ok(withKey(key)), "KMS_KEY_AWS_MANAGED", KMS_KEY);
    }

    @Test
    void keyInAnotherRegion() {
        errorSays(withKey(KEY_ARN.replace("us-east-1", "us-west-2")), "KMS_KEY_REGION", KMS_KEY,
                "the key is in us-west-2 but the secret prod/db is in us-east-1");
        errorSays(Specs.fargate().secret("S", ref("secret", SECRET_ARN.replace("us-east-1", "eu-west-1"), "kmsKey", KEY_ARN)).compile(),
                "KMS_KEY_REGION", KMS_KEY, "the key is in us-east-1");
        ok(Specs.fargate().secret("S", ref("secret", SECRET_ARN.replace("us-east-1", "eu-west-1"), "kmsKey", "1234abcd-12ab-34cd-56ef-1234567890ab"))
                .compile());
    }

    @Test
    void oneSecretOneKey() {
        Outcome o = Specs.fargate().secret("A", ref("secret", "prod/db", "jsonKey", "user", "kmsKey", KEY_ARN))
                .secret("B", ref("secret", "prod/db", "jsonKey", "password", "kmsKey", OTHER_KEY)).compile();
        errorSays(o, "KMS_KEY_CONFLICT", "/containers/0/secrets/B/kmsKey", "/containers/0/secrets/A names " + KEY_ARN, "this reference names " + OTHER_KEY);
        ok(Specs.fargate().secret("A", ref("secret", "prod/db", "jsonKey", "user", "kmsKey", KEY_ARN))
                .secret("B", ref("secret", "prod/db", "jsonKey", "password", "kmsKey", KEY_ARN)).compile());
        ok(Specs.fargate().secret("A", ref("secret", "prod/db", "kmsKey", KEY_ARN))
                .secret("B", ref("secret", "prod/other", "kmsKey", OTHER_KEY)).compile());
    }

    /** A key found by verifying has no kmsKey field: its problem points at the reference. */
    @Test
    void discoveredKeyPointsAtTheReference() {
        Facts facts = new Facts(Map.of(), Map.of("/containers/0/secrets/S", KEY_ARN.replace("us-east-1", "us-west-2")));
        Outcome o = Specs.fargate().secret("S", SECRET_ARN).compile(new Compiler(), facts);
        Specs.error(o, "KMS_KEY_REGION", "/containers/0/secrets/S");
    }

    /** What verifying found, given to the compile as Facts: the complete ARN and an undeclared customer-managed key. */
    @Test
    void aDiscoveredCustomerKeyIsGrantedAndWarned() {
        String pointer = "/containers/0/secrets/DB_PASSWORD";
        String complete = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";
        Outcome o = ok(Specs.fargate().secret("DB_PASSWORD", ref("secret", "prod/db", "jsonKey", "password"))
                .compile(new Compiler(), new Facts(Map.of(pointer, complete), Map.of(pointer, KEY_ARN))));

        Specs.warning(o, "KMS_KEY_UNDECLARED", pointer);
        String policy = Json.write(o.result().executionRolePolicy().document());
        assertTrue(policy.contains("\"kms:Decrypt\"") && policy.contains(KEY_ARN) && policy.contains("\"" + complete + "\""), policy);
        assertFalse(policy.contains("-??????"), policy);
        assertTrue(Json.write(o.result().taskDefinition()).contains(complete + ":password::"));
    }

    @Test
    void withoutFactsThereIsNoGrantAndNoWarning() {
        Outcome o = ok(Specs.fargate().secret("DB_PASSWORD", ref("secret", "prod/db", "jsonKey", "password")).compile());
        assertTrue(o.warnings().stream().noneMatch(w -> w.code().equals("KMS_KEY_UNDECLARED")));
        String policy = Json.write(o.result().executionRolePolicy().document());
        assertFalse(policy.contains("kms:Decrypt"), policy);
        assertTrue(policy.contains("prod/db-??????"), policy);
    }
}
