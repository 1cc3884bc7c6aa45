package io.taskdef.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.testing.ApiClient.Answer;
import io.taskdef.testing.AwsApp;
import io.taskdef.testing.AwsFixtures;
import io.taskdef.testing.MotoServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.model.ParameterType;
import tools.jackson.databind.JsonNode;

/**
 * POST /v1/taskdefs/verify against the application jar and a real moto_server, with deep checks on: fixtures
 * are created in moto as an operator would create them in AWS.
 */
class VerifyIT {

    static final String TOKEN = "verify-it-token-3b8f1c";
    static final String ROLE = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";

    @RegisterExtension
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    static final AwsApp app = new AwsApp("verify-it", moto, TOKEN, "--taskdef.verify.deep-checks=true");

    AwsFixtures aws;

    @BeforeEach
    void fixtures() {
        aws = new AwsFixtures(moto.endpoint());
        aws.role("ecsTaskExecutionRole", "/", AwsFixtures.ECS_TASKS_TRUST);
    }

    @AfterEach
    void closeFixtures() {
        aws.close();
    }

    /** A Fargate spec for family web whose one container takes the given secrets (YAML lines, indented 6). */
    static String spec(String secrets, String logging) {
        return """
                family: web
                region: us-east-1
                cpu: 512
                memory: 1024
                executionRoleArn: %s
                containers:
                  - name: app
                    image: public.ecr.aws/nginx/nginx:1.27
                    secrets:
                %s
                %s
                """.formatted(ROLE, secrets, logging);
    }

    Answer verify(String yaml) {
        Answer a = app.api().postYaml("/v1/taskdefs/verify", yaml, TOKEN);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    @Test
    void bareSecretNameComesBackAsItsCompleteArnInValueFromAndPolicy() {
        String db = aws.textSecret("prod/db", "{\"password\":\"planted-db-password-5521\"}", null);
        String splunk = aws.textSecret("splunk/token", "planted-splunk-token-8812", null);

        Answer a = verify(spec("""
                      DB_PASSWORD: { secret: prod/db, jsonKey: password }
                """, """
                    logging:
                      driver: splunk
                      options: { splunk-url: "https://splunk.example.com:8088" }
                      secretOptions:
                        splunk-token: { secret: splunk/token }
                """));

        JsonNode r = a.json();
        assertThat(r.path("verified").asBoolean()).as(a.body()).isTrue();
        JsonNode container = r.at("/compileResult/taskDefinition/containerDefinitions/0");
        assertThat(container.at("/secrets/0/valueFrom").asString()).isEqualTo(db + ":password::");
        assertThat(container.at("/logConfiguration/secretOptions/0/valueFrom").asString()).isEqualTo(splunk);
        List<String> resources = resources(r.at("/compileResult/executionRolePolicy/document"), "secretsmanager:GetSecretValue");
        assertThat(resources).containsExactlyInAnyOrder(db, splunk);
        assertThat(a.body()).doesNotContain("-??????");
        assertThat(r.at("/references/0/arn").asString()).isEqualTo(db);
        assertThat(r.at("/executionRole/trustsEcsTasks").asBoolean()).isTrue();
        assertThat(a.body()).doesNotContain("planted-db-password-5521", "planted-splunk-token-8812");
    }

    @Test
    void undeclaredCustomerManagedKeyGetsDecryptOnThatKeyAndAWarning() {
        String key = aws.customerKey();
        aws.textSecret("prod/api", "planted-api-key-7731", key);

        Answer a = verify(spec("""
                      API_KEY: { secret: prod/api }
                """, ""));

        JsonNode r = a.json();
        assertThat(r.path("verified").asBoolean()).as(a.body()).isTrue();
        assertThat(resources(r.at("/compileResult/executionRolePolicy/document"), "kms:Decrypt")).containsExactly(key);
        assertThat(codesAt(r.path("warnings"), "KMS_KEY_UNDECLARED")).containsExactly("/containers/0/secrets/API_KEY");
        assertThat(r.at("/references/0/kmsKeyManager").asString()).isEqualTo("CUSTOMER");
        assertThat(a.body()).doesNotContain("planted-api-key-7731");
    }

    @Test
    void theAwsManagedDefaultKeyNeedsNoGrantWhetherNamedByAliasArnOrOmitted() {
        aws.textSecret("by-omission", "planted-1", null);
        aws.textSecret("by-alias", "planted-2", "alias/aws/secretsmanager");
        aws.textSecret("by-arn", "planted-3", aws.secretsManagerDefaultKeyArn());

        Answer a = verify(spec("""
                      A: { secret: by-omission }
                      B: { secret: by-alias }
                      C: { secret: by-arn }
                """, ""));

        JsonNode r = a.json();
        assertThat(r.path("verified").asBoolean()).as(a.body()).isTrue();
        assertThat(resources(r.at("/compileResult/executionRolePolicy/document"), "kms:Decrypt")).isEmpty();
        assertThat(codesAt(r.path("warnings"), "KMS_KEY_UNDECLARED")).isEmpty();
        for (JsonNode ref : r.path("references")) {
            assertThat(ref.path("kmsKeyManager").asString()).as(ref.toString()).isEqualTo("AWS");
        }
    }

    @Test
    void reportsBinarySecretMissingJsonKeyAndMissingStageEachWithItsPointerAndNoValue() {
        aws.binarySecret("prod/cert", "planted-binary-value-6620".getBytes(StandardCharsets.UTF_8));
        String creds = aws.textSecret("prod/creds", "{\"username\":\"planted-user-4410\"}", null);
        aws.newVersion(creds, "{\"username\":\"planted-user-4411\",\"password\":\"planted-pass-4412\"}");
        aws.textSecret("prod/plain", "planted-plain-value-3390", null);

        Answer a = verify(spec("""
                      CERT: { secret: prod/cert }
                      PASSWORD: { secret: prod/creds, jsonKey: pasword }
                      OLD_USER: { secret: prod/creds, jsonKey: username, versionStage: AWSPREVIOUS }
                      NEXT_USER: { secret: prod/creds, jsonKey: username, versionStage: AWSPENDING }
                      PLAIN_KEY: { secret: prod/plain, jsonKey: token }
                """, ""));

        JsonNode r = a.json();
        assertThat(r.path("verified").asBoolean()).isFalse();
        assertThat(r.path("compileResult").isMissingNode()).isTrue();
        assertThat(codesAt(r.path("errors"), "SECRET_BINARY")).containsExactly("/containers/0/secrets/CERT/secret");
        assertThat(codesAt(r.path("errors"), "JSON_KEY_NOT_FOUND")).containsExactly("/containers/0/secrets/PASSWORD/jsonKey");
        assertThat(codesAt(r.path("errors"), "VERSION_STAGE_NOT_FOUND")).containsExactly("/containers/0/secrets/NEXT_USER/versionStage");
        assertThat(codesAt(r.path("errors"), "SECRET_NOT_JSON")).containsExactly("/containers/0/secrets/PLAIN_KEY/jsonKey");
        assertThat(r.path("errors")).hasSize(4);
        assertThat(a.body()).doesNotContain("planted-binary-value-6620", "planted-user-4410", "planted-user-4411", "planted-pass-4412",
                "planted-plain-value-3390", Base64.getEncoder().encodeToString("planted-binary-value-6620".getBytes(StandardCharsets.UTF_8)));
        assertThat(app.log()).doesNotContain("planted-");
    }

    @Test
    void missingSecretsAndParametersAndAMismatchedDeclaredKeyAreErrorsAtTheirFields() {
        String key = aws.customerKey();
        String other = aws.customerKey();
        aws.textSecret("prod/keyed", "planted-keyed-1", key);
        aws.parameter("/prod/flag", ParameterType.STRING, "on", null);
        aws.parameter("/prod/token", ParameterType.SECURE_STRING, "planted-ssm-token-2231", key);

        Answer a = verify(spec("""
                      MISSING: { secret: prod/missing }
                      KEYED: { secret: prod/keyed, kmsKey: "%s" }
                      FLAG: { parameter: /prod/flag }
                      TOKEN: { parameter: /prod/token }
                      GONE: { parameter: /prod/gone }
                """.formatted(other), ""));

        JsonNode r = a.json();
        assertThat(codesAt(r.path("errors"), "SECRET_NOT_FOUND")).containsExactly("/containers/0/secrets/MISSING/secret");
        assertThat(codesAt(r.path("errors"), "KMS_KEY_MISMATCH")).containsExactly("/containers/0/secrets/KEYED/kmsKey");
        assertThat(codesAt(r.path("errors"), "PARAMETER_NOT_FOUND")).containsExactly("/containers/0/secrets/GONE/parameter");
        assertThat(r.path("errors")).hasSize(3);
        assertThat(codesAt(r.path("warnings"), "KMS_KEY_UNDECLARED")).containsExactly("/containers/0/secrets/TOKEN");
        assertThat(a.body()).doesNotContain("planted-");
    }

    @Test
    void theExecutionRoleMustExistAndTrustEcsTasks() {
        aws.textSecret("prod/x", "planted-x", null);
        aws.role("ec2Role", "/", AwsFixtures.EC2_TRUST);

        Answer missing = verify(spec("      X: { secret: prod/x }", "").replace(ROLE, "arn:aws:iam::123456789012:role/nope"));
        assertThat(codesAt(missing.json().path("errors"), "EXECUTION_ROLE_NOT_FOUND")).containsExactly("/executionRoleArn");

        Answer untrusted = verify(spec("      X: { secret: prod/x }", "").replace(ROLE, "arn:aws:iam::123456789012:role/ec2Role"));
        assertThat(codesAt(untrusted.json().path("errors"), "EXECUTION_ROLE_TRUST")).containsExactly("/executionRoleArn");
        assertThat(untrusted.json().at("/executionRole/trustsEcsTasks").asBoolean()).isFalse();
    }

    @Test
    void aSpecWithAnInvalidRegionGetsItsSpecErrorsNotAnAwsFailure() {
        Answer a = verify(spec("      X: { secret: prod/x }", "").replace("region: us-east-1", "region: mars-north"));

        assertThat(a.json().path("verified").asBoolean()).isFalse();
        assertThat(codesAt(a.json().path("errors"), "INVALID_REGION")).containsExactly("/region");
        assertThat(a.json().path("references")).isEmpty();
    }

    /** The resources of the statements that allow {@code action}. */
    static List<String> resources(JsonNode policy, String action) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : policy.path("Statement")) {
            boolean allows = false;
            for (JsonNode a : s.path("Action")) {
                allows |= a.asString().equals(action);
            }
            if (allows) {
                s.path("Resource").forEach(res -> out.add(res.asString()));
            }
        }
        return out;
    }

    /** The pointers of the diagnostics with {@code code}. */
    static List<String> codesAt(JsonNode diagnostics, String code) {
        List<String> out = new ArrayList<>();
        for (JsonNode d : diagnostics) {
            if (d.path("code").asString().equals(code)) {
                out.add(d.path("pointer").asString());
            }
        }
        return out;
    }
}
