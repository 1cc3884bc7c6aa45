package io.taskdef.compile;

import static io.taskdef.rules.Specs.KEY_ARN;
import static io.taskdef.rules.Specs.SECRET_ARN;
import static io.taskdef.rules.Specs.VERSION_ID;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskdef.policy.PolicyDocument;
import io.taskdef.policy.Statement;
import io.taskdef.rules.Specs;
import io.taskdef.wire.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.ecs.model.Secret;

class CompilerTest {

    static final String SM = "arn:aws:secretsmanager:us-east-1:123456789012:secret:";
    static final Map<String, Map<String, String>> VIA_SECRETS_MANAGER =
            Map.of("StringEquals", Map.of("kms:ViaService", "secretsmanager.us-east-1.amazonaws.com"));

    static PolicyDocument policy(Specs.Spec s) {
        return ok(s.compile()).result().executionRolePolicy().document();
    }

    static Statement statement(PolicyDocument d, String sid) {
        return d.statement().stream().filter(st -> st.sid().equals(sid)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + sid + " in " + Json.write(d)));
    }

    static List<String> sids(PolicyDocument d) {
        return d.statement().stream().map(Statement::sid).toList();
    }

    /** The design's example: the exact policy, with every reference form in it. */
    @Test
    void designExamplePolicy() throws IOException {
        Outcome o = ok(Specs.yaml(Files.readString(Path.of("src/test/resources/specs/design-example.yaml"))));
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":["
                        + "{\"Sid\":\"ReadSecrets\",\"Effect\":\"Allow\",\"Action\":[\"secretsmanager:GetSecretValue\"],\"Resource\":["
                        + "\"" + SM + "api-AbCdEf\",\"" + SM + "prod/db-??????\",\"" + SM + "splunk-XyZ123\"]},"
                        + "{\"Sid\":\"ReadParameters\",\"Effect\":\"Allow\",\"Action\":[\"ssm:GetParameters\"],"
                        + "\"Resource\":[\"arn:aws:ssm:us-east-1:123456789012:parameter/prod/legacy/token\"]},"
                        + "{\"Sid\":\"DecryptViaSecretsmanagerUsEast1\",\"Effect\":\"Allow\",\"Action\":[\"kms:Decrypt\"],"
                        + "\"Resource\":[\"" + KEY_ARN + "\"],"
                        + "\"Condition\":{\"StringEquals\":{\"kms:ViaService\":\"secretsmanager.us-east-1.amazonaws.com\"}}}]}",
                Json.write(o.result().executionRolePolicy().document()));
        assertEquals("ecsTaskExecutionRole", o.result().executionRolePolicy().roleName());
        assertEquals("web-task-execution", o.result().executionRolePolicy().policyName());
    }

    /** The seed's valueFrom strings go into the task definition as they are; the policy names the bare secret ARN. */
    @ParameterizedTest
    @MethodSource("io.taskdef.rules.Specs#seedQualifiers")
    void seedValueFromsAndTheirGrant(String qualifiers) {
        Outcome o = ok(Specs.fargate().secret("S", SECRET_ARN + qualifiers).compile());
        assertEquals(List.of(Secret.builder().name("S").valueFrom(SECRET_ARN + qualifiers).build()),
                o.result().taskDefinition().containerDefinitions().get(0).secrets());
        assertEquals(List.of(SECRET_ARN), statement(o.result().executionRolePolicy().document(), "ReadSecrets").resource());
    }

    /** The object form writes the same strings. */
    @ParameterizedTest
    @MethodSource("io.taskdef.rules.Specs#seedObjectForms")
    void objectFormValueFroms(String jsonKey, String stage, String id, String qualifiers) {
        Specs.Spec s = Specs.fargate().secret("S", ref("secret", SECRET_ARN));
        for (String[] field : new String[][] {{"jsonKey", jsonKey}, {"versionStage", stage}, {"versionId", id}}) {
            if (field[1] != null) {
                s.set("/containers/0/secrets/S/" + field[0], field[1]);
            }
        }
        assertEquals(SECRET_ARN + qualifiers, ok(s.compile()).result().taskDefinition().containerDefinitions().get(0).secrets().get(0).valueFrom());
    }

    /** The splunk token from the seed, in the log configuration's secretOptions, granted like any secret. */
    @Test
    void splunkSecretOptions() {
        Outcome o = ok(Specs.fargate().set("/containers/0/logging/driver", "splunk")
                .set("/containers/0/logging/options/splunk-url", "https://cloud.splunk.com:8080")
                .set("/containers/0/logging/secretOptions/splunk-token", ref("secret", SM + "splunk-XyZ123")).compile());
        var log = o.result().taskDefinition().containerDefinitions().get(0).logConfiguration();
        assertEquals(List.of(Secret.builder().name("splunk-token").valueFrom(SM + "splunk-XyZ123").build()), log.secretOptions());
        assertEquals(Map.of("splunk-url", "https://cloud.splunk.com:8080"), log.options());
        assertEquals(List.of(SM + "splunk-XyZ123"), statement(o.result().executionRolePolicy().document(), "ReadSecrets").resource());
    }

    /** Names and partial ARNs match exactly six more characters; complete ARNs are granted as they are; duplicates merge. */
    @Test
    void secretResources() {
        PolicyDocument d = policy(Specs.fargate()
                .secret("A", ref("secret", "prod/db", "jsonKey", "user"))
                .secret("B", ref("secret", "prod/db", "jsonKey", "password", "versionStage", "AWSPREVIOUS"))
                .secret("C", ref("secret", SM + "partial/name"))
                .secret("D", SM + "complete-AbCdEf:k::")
                .secret("E", ref("secret", "arn:aws:secretsmanager:eu-west-1:999999999999:secret:far-XyZ123", "versionId", VERSION_ID)));
        assertEquals(List.of("arn:aws:secretsmanager:eu-west-1:999999999999:secret:far-XyZ123", SM + "complete-AbCdEf",
                SM + "partial/name-??????", SM + "prod/db-??????"), statement(d, "ReadSecrets").resource());
        assertEquals(List.of("secretsmanager:GetSecretValue"), statement(d, "ReadSecrets").action());
        assertTrue(Json.write(d).indexOf("*") < 0, "never NAME-*");
    }

    /** Parameter names with and without a leading slash give exactly one slash after 'parameter'. */
    @Test
    void parameterResources() {
        PolicyDocument d = policy(Specs.fargate().secret("A", ref("parameter", "/prod/token")).secret("B", ref("parameter", "flat-token"))
                .secret("C", "arn:aws:ssm:us-east-1:123456789012:parameter/prod/other").secret("D", "/prod/token"));
        assertEquals(new Statement("ReadParameters", "Allow", null, List.of("ssm:GetParameters"), List.of(
                        "arn:aws:ssm:us-east-1:123456789012:parameter/flat-token",
                        "arn:aws:ssm:us-east-1:123456789012:parameter/prod/other",
                        "arn:aws:ssm:us-east-1:123456789012:parameter/prod/token"), null),
                statement(d, "ReadParameters"));
        assertEquals(List.of("ReadParameters"), sids(d));
    }

    /** kms:Decrypt for customer-managed keys only, by default limited to the service of the secret's region. */
    @Test
    void decryptWithViaService() {
        PolicyDocument d = policy(Specs.fargate().secret("A", ref("secret", "prod/db", "kmsKey", KEY_ARN))
                .secret("B", ref("parameter", "/prod/token", "kmsKey", "1234abcd-12ab-34cd-56ef-1234567890ab"))
                .secret("C", ref("secret", "prod/other")));
        assertEquals(List.of("ReadSecrets", "ReadParameters", "DecryptViaSecretsmanagerUsEast1", "DecryptViaSsmUsEast1"), sids(d));
        assertEquals(new Statement("DecryptViaSecretsmanagerUsEast1", "Allow", null, List.of("kms:Decrypt"), List.of(KEY_ARN), VIA_SECRETS_MANAGER),
                statement(d, "DecryptViaSecretsmanagerUsEast1"));
        assertEquals(Map.of("StringEquals", Map.of("kms:ViaService", "ssm.us-east-1.amazonaws.com")), statement(d, "DecryptViaSsmUsEast1").condition());
    }

    @Test
    void decryptPlainWhenSwitchedOff() {
        PolicyDocument d = policy(Specs.fargate().set("/policy/kmsViaService", false)
                .secret("A", ref("secret", "prod/db", "kmsKey", KEY_ARN)).secret("B", ref("parameter", "/p", "kmsKey", KEY_ARN)));
        assertEquals(List.of("ReadSecrets", "ReadParameters", "DecryptSecrets"), sids(d));
        assertEquals(new Statement("DecryptSecrets", "Allow", null, List.of("kms:Decrypt"), List.of(KEY_ARN), null), statement(d, "DecryptSecrets"));
    }

    @ParameterizedTest
    @CsvSource({"cn-north-1, aws-cn, secretsmanager.cn-north-1.amazonaws.com.cn", "us-gov-west-1, aws-us-gov, secretsmanager.us-gov-west-1.amazonaws.com"})
    void viaServiceInOtherPartitions(String region, String partition, String via) {
        PolicyDocument d = policy(Specs.fargate().set("/region", region).set("/executionRoleArn", "arn:" + partition + ":iam::123456789012:role/x")
                .secret("A", ref("secret", "prod/db", "kmsKey", "1234abcd-12ab-34cd-56ef-1234567890ab")));
        Statement decrypt = d.statement().get(1);
        assertEquals(List.of("arn:" + partition + ":kms:" + region + ":123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"), decrypt.resource());
        assertEquals(Map.of("StringEquals", Map.of("kms:ViaService", via)), decrypt.condition());
        assertEquals(List.of("arn:" + partition + ":secretsmanager:" + region + ":123456789012:secret:prod/db-??????"), d.statement().get(0).resource());
    }

    /** Never a grant for the AWS managed key. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void noDecryptForTheAwsManagedKey(boolean viaService) {
        PolicyDocument d = policy(Specs.fargate().set("/policy/kmsViaService", viaService)
                .secret("A", ref("secret", "prod/db", "kmsKey", "alias/aws/secretsmanager")).secret("B", ref("secret", "prod/other")));
        assertEquals(List.of("ReadSecrets"), sids(d));
    }

    @Test
    void optionalEcrAndLogsGrants() {
        PolicyDocument d = policy(Specs.fargate().set("/policy/ecrPull", true).set("/policy/logs", true)
                .set("/containers/0/image", "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2").set("/containers/0/logging/driver", "awslogs"));
        assertEquals(List.of("GetEcrAuthorizationToken", "PullEcrImages", "WriteLogs"), sids(d));
        assertEquals(List.of("arn:aws:ecr:us-east-1:123456789012:repository/web"), statement(d, "PullEcrImages").resource());
        assertEquals(List.of("arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web:*"), statement(d, "WriteLogs").resource());
        assertEquals(List.of("logs:CreateLogStream", "logs:PutLogEvents"), statement(d, "WriteLogs").action());
    }

    /** ECR's dual-stack registry names the same repository: the pull grant is the same. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"123456789012.dkr-ecr.us-east-2.on.aws/team/web:1.4.2",
        "123456789012.dkr-ecr-fips.us-east-2.on.aws/team/web@sha256:0123", "123456789012.dkr.ecr-fips.us-east-2.amazonaws.com/team/web"})
    void ecrGrantForEveryRegistryEndpoint(String image) {
        PolicyDocument d = policy(Specs.fargate().set("/policy/ecrPull", true).set("/containers/0/image", image));
        assertEquals(List.of("arn:aws:ecr:us-east-2:123456789012:repository/team/web"), statement(d, "PullEcrImages").resource());
    }

    /** Only the groups that create themselves get logs:CreateLogGroup. */
    @Test
    void createLogGroupOnlyWhereAsked() {
        PolicyDocument d = policy(Specs.fargate().set("/policy/logs", true)
                .set("/containers/0/logging/driver", "awslogs").set("/containers/0/logging/options/awslogs-create-group", "true")
                .container(1, "worker").set("/containers/1/logging/driver", "awslogs")
                .set("/containers/1/logging/options/awslogs-group", "/ecs/worker"));
        assertEquals(List.of("CreateLogGroups", "WriteLogs"), sids(d));
        assertEquals(List.of("arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web:*"), statement(d, "CreateLogGroups").resource());
        assertEquals(List.of("arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web:*", "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/worker:*"),
                statement(d, "WriteLogs").resource());
    }

    /** Private registry credentials given as an override are a secret the execution role must read as well. */
    @Test
    void repositoryCredentialsOverrideIsGranted() {
        String creds = "arn:aws:secretsmanager:us-east-1:123456789012:secret:dockerhub-Q1w2E3";
        PolicyDocument d = policy(Specs.fargate().set("/containers/0/overrides/repositoryCredentials/credentialsParameter", creds));
        assertEquals(List.of(creds), statement(d, "ReadSecrets").resource());
    }

    /** FAMILY-task-execution, within IAM's 128 characters for a policy name even for a 255-character family. */
    @ParameterizedTest
    @CsvSource({"3, 3", "113, 113", "114, 113", "255, 113"})
    void defaultPolicyName(int familyLength, int kept) {
        String policyName = ok(Specs.fargate().set("/family", "f".repeat(familyLength)).compile()).result().executionRolePolicy().policyName();
        assertEquals("f".repeat(kept) + "-task-execution", policyName);
    }

    @Test
    void noExecutionRoleNoPolicy() {
        CompileResult r = ok(Specs.fargate().remove("/executionRoleArn").compile()).result();
        assertNull(r.executionRolePolicy());
        assertEquals("jq .taskDefinition compile-result.json > task-definition.json && "
                + "aws ecs register-task-definition --region us-east-1 --cli-input-json file://task-definition.json", r.snippets().awsCli());
    }

    /** The same input gives the same bytes; any change shows in the fingerprint. */
    @Test
    void deterministic() throws IOException {
        String yaml = Files.readString(Path.of("src/test/resources/specs/design-example.yaml"));
        String first = Json.write(ok(Specs.yaml(yaml)).result());
        String second = Json.write(ok(Specs.yaml(yaml)).result());
        assertEquals(first, second);
        CompileResult r = ok(Specs.yaml(yaml)).result();
        assertTrue(r.fingerprint().matches("sha256:[0-9a-f]{64}"), r.fingerprint());
        assertEquals(r.fingerprint(), r.taskDefinition().tags().get(r.taskDefinition().tags().size() - 1).value());
        assertNotEquals(r.fingerprint(), ok(Specs.yaml(yaml.replace("memory: 1024", "memory: 2048"))).result().fingerprint());
        // the JSON rendered while fingerprinting is the wire JSON of the request that is registered
        assertEquals(Json.write(r.taskDefinition()), r.taskDefinitionJson().getValue());
        assertTrue(first.startsWith("{\"taskDefinition\":" + r.taskDefinitionJson() + ","), first);
    }

    /** The order of secrets changes the task definition, never the policy. */
    @Test
    void policyIndependentOfReferenceOrder() {
        Specs.Spec ab = Specs.fargate().secret("A", ref("secret", "b/db", "kmsKey", KEY_ARN)).secret("B", ref("parameter", "/p")).secret("C", SECRET_ARN);
        Specs.Spec ba = Specs.fargate().secret("C", SECRET_ARN).secret("B", ref("parameter", "/p")).secret("A", ref("secret", "b/db", "kmsKey", KEY_ARN));
        assertEquals(Json.write(policy(ab)), Json.write(policy(ba)));
    }

    @Test
    void linuxAgentConfigSnippet() {
        Outcome o = ok(Specs.ec2().set("/cluster", "prod").set("/containers/0/logging/driver", "awslogs").compile());
        assertEquals("ECS_CLUSTER=prod\nECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true\n", o.result().snippets().ecsConfig());
        assertNull(o.result().snippets().windowsUserData());
        assertEquals(List.of("ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true"), Specs.requirements(o, "AGENT_CONFIG"));
        assertEquals("ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true\n",
                ok(Specs.ec2().set("/containers/0/logging/driver", "awslogs").compile()).result().snippets().ecsConfig());
    }

    @Test
    void windowsUserDataSnippet() {
        Outcome o = ok(Specs.ec2().set("/os", "WINDOWS_SERVER_2022_CORE").set("/cluster", "prod").set("/containers/0/logging/driver", "awslogs").compile());
        assertEquals("<powershell>\n"
                + "[Environment]::SetEnvironmentVariable(\"ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE\", $TRUE, \"Machine\")\n"
                + "Import-Module ECSTools\n"
                + "Initialize-ECSAgent -Cluster prod -EnableTaskIAMRole -LoggingDrivers '[\"json-file\",\"awslogs\"]'\n"
                + "</powershell>\n", o.result().snippets().windowsUserData());
        assertNull(o.result().snippets().ecsConfig());
    }

    @ParameterizedTest
    @CsvSource({"FARGATE, awslogs", "EC2, splunk"})
    void noAgentSnippetsWhenNotNeeded(String launchType, String driver) {
        Snippets s = ok((launchType.equals("EC2") ? Specs.ec2() : Specs.fargate()).set("/containers/0/logging/driver", driver).compile())
                .result().snippets();
        assertNull(s.ecsConfig());
        assertNull(s.windowsUserData());
    }

    @Test
    void awsCliSnippet() {
        CompileResult r = ok(Specs.fargate().set("/policy/name", "web-secrets").set("/tags/note", "it's").secret("A", SECRET_ARN).compile()).result();
        String cli = r.snippets().awsCli();
        assertEquals("jq .taskDefinition compile-result.json > task-definition.json && "
                + "jq .executionRolePolicy.document compile-result.json > execution-role-policy.json && "
                + "aws iam put-role-policy --role-name ecsTaskExecutionRole --policy-name web-secrets --policy-document file://execution-role-policy.json && "
                + "aws ecs register-task-definition --region us-east-1 --cli-input-json file://task-definition.json", cli);
    }

    /** Every violation at once: ten different mistakes, ten errors. */
    @Test
    void tenMistakesTenErrors() {
        Outcome o = Specs.yaml("""
                family: web.api
                region: us-east-1
                account: "12345"
                platformVersion: 1.3.0
                cpu: 256
                memory: 4096
                networkMode: bridge
                containers:
                  - name: app
                    image: nginx 1.27
                    secrets:
                      A: { secret: "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf", versionId: 9d4cb84b-ad69-40c0-a0ab-cead36b967e8 }
                      B: "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:username1"
                      C: { secret: prod/db, versionStage: AWSCURRENT, versionId: 9d4cb84b-ad69-40c0-a0ab-cead36b967e8 }
                    logging: { driver: syslog }
                """);
        assertEquals(List.of(
                "INVALID_ACCOUNT /account",
                "IMAGE /containers/0/image",
                "EXECUTION_ROLE_REQUIRED /executionRoleArn",
                "FAMILY_NAME /family",
                "FARGATE_CPU_MEMORY /memory",
                "FARGATE_PLATFORM_VERSION /containers/0/secrets/A",
                "LOG_DRIVER /containers/0/logging/driver",
                "NETWORK_MODE /networkMode",
                "STAGE_AND_ID /containers/0/secrets/C",
                "VALUE_FROM_COLONS /containers/0/secrets/B").stream().sorted().toList(), Specs.errors(o).stream().sorted().toList());
    }
}
