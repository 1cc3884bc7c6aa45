package io.taskdef.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.api.openapi.ExampleSpecs;
import io.taskdef.api.openapi.ExampleSpecs.SpecExample;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WebTest
class CompileEndpointTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:appauthexample-AbCdEf";

    @Autowired
    MockMvcTester mvc;

    static Stream<SpecExample> examples() {
        return ExampleSpecs.load().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyWorkedExampleCompilesAsYamlAndAsJsonToTheSameBytes(SpecExample example) {
        MvcTestResult yaml = post("/v1/taskdefs/compile", "application/yaml", example.yaml());
        MvcTestResult json = post("/v1/taskdefs/compile", "application/json", ExampleSpecs.json(example));
        assertThat(yaml).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(json).hasStatusOk();
        assertThat(yaml.getResponse().getContentAsByteArray()).isEqualTo(json.getResponse().getContentAsByteArray());
    }

    @Test
    void seedExamplesCompileToTheSeedsValueFromStrings() {
        Map<String, String> expected = Map.of(
                "whole-secret", SECRET,
                "json-key", SECRET + ":username1::",
                "version-stage", SECRET + "::AWSPREVIOUS:",
                "version-id", SECRET + ":::9d4cb84b-ad69-40c0-a0ab-cead36b967e8",
                "json-key-and-stage", SECRET + ":username1:AWSPREVIOUS:",
                "json-key-and-id", SECRET + ":username1::9d4cb84b-ad69-40c0-a0ab-cead36b967e8");
        for (SpecExample e : ExampleSpecs.load()) {
            if (!expected.containsKey(e.id())) {
                continue;
            }
            JsonNode result = body(post("/v1/taskdefs/compile", "application/yaml", e.yaml()));
            assertThat(result.at("/taskDefinition/containerDefinitions/0/secrets/0/valueFrom").asString())
                    .as(e.id()).isEqualTo(expected.get(e.id()));
            assertThat(result.at("/executionRolePolicy/document/Statement/0/Resource").toString())
                    .as("the policy names the secret itself, never the :json-key:stage:id suffix")
                    .isEqualTo("[\"" + SECRET + "\"]");
        }
    }

    @Test
    void splunkSecretOptionsAsInTheSeed() {
        JsonNode result = body(post("/v1/taskdefs/compile", "application/yaml", example("splunk-secret-options").yaml()));
        JsonNode log = result.at("/taskDefinition/containerDefinitions/0/logConfiguration");
        assertThat(log.get("logDriver").asString()).isEqualTo("splunk");
        assertThat(log.at("/options/splunk-url").asString()).isEqualTo("https://cloud.splunk.com:8080");
        assertThat(log.at("/secretOptions/0/name").asString()).isEqualTo("splunk-token");
        assertThat(log.at("/secretOptions/0/valueFrom").asString())
                .isEqualTo("arn:aws:secretsmanager:us-east-1:123456789012:secret:secret_name-AbCdEf");
    }

    @Test
    void customerManagedKeyGetsKmsDecryptBesideGetSecretValue() {
        JsonNode doc = body(post("/v1/taskdefs/compile", "application/yaml", example("customer-managed-key").yaml()))
                .at("/executionRolePolicy/document");
        assertThat(doc.toString()).contains("\"Action\":[\"secretsmanager:GetSecretValue\"]")
                .contains("\"Resource\":[\"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-??????\"]")
                .contains("\"Action\":[\"kms:Decrypt\"]")
                .contains("\"Resource\":[\"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\"]")
                .contains("\"kms:ViaService\":\"secretsmanager.us-east-1.amazonaws.com\"");
    }

    @Test
    void versionIdNeedsPlatform140OnFargate() {
        String spec = example("version-id").yaml();
        MvcTestResult at130 = post("/v1/taskdefs/compile", "application/yaml", "platformVersion: 1.3.0\n" + spec);
        assertThat(at130).hasStatus(422).hasContentType("application/problem+json");
        JsonNode problem = body(at130);
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.at("/errors/0/code").asString()).isEqualTo("FARGATE_PLATFORM_VERSION");
        assertThat(problem.at("/errors/0/pointer").asString()).isEqualTo("/containers/0/secrets/APP_AUTH_V1");
        assertThat(problem.at("/errors/0/message").asString()).contains("1.4.0");

        assertThat(post("/v1/taskdefs/compile", "application/yaml", "platformVersion: 1.4.0\n" + spec)).hasStatusOk();
        JsonNode latest = body(post("/v1/taskdefs/compile", "application/yaml", "platformVersion: LATEST\n" + spec));
        assertThat(latest.at("/requirements/0/code").asString()).isEqualTo("FARGATE_PLATFORM_VERSION");
        assertThat(latest.at("/requirements/0/minimum").asString()).isEqualTo("1.4.0");
    }

    @Test
    void tenDifferentMistakesGiveTenErrorsInOneResponse() {
        String spec = """
                family: "web app"
                region: mars-1
                account: "12345"
                launchType: FARGATE
                platformVersion: 1.5.0
                cpu: 256
                memory: 4096
                networkMode: bridge
                containers:
                  - name: app
                    image: nginx
                    imagee: typo
                    secrets:
                      A: "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password"
                      B: { secret: db, versionStage: AWSPREVIOUS, versionId: 9d4cb84b-ad69-40c0-a0ab-cead36b967e8 }
                """;
        MvcTestResult r = post("/v1/taskdefs/compile", "application/yaml", spec);
        assertThat(r).hasStatus(422);
        JsonNode errors = body(r).get("errors");
        List<String> pointers = errors.valueStream().map(e -> e.get("pointer").asString()).toList();
        List<String> codes = errors.valueStream().map(e -> e.get("code").asString()).toList();
        assertThat(errors).as(errors.toPrettyString()).hasSize(10);
        assertThat(pointers).containsExactlyInAnyOrder("/family", "/region", "/account", "/platformVersion", "/memory",
                "/networkMode", "/containers/0/imagee", "/containers/0/secrets/A", "/containers/0/secrets/B", "/executionRoleArn");
        assertThat(codes).contains("FAMILY_NAME", "INVALID_REGION", "INVALID_ACCOUNT", "INVALID_PLATFORM_VERSION", "FARGATE_CPU_MEMORY",
                "NETWORK_MODE", "UNKNOWN_FIELD", "VALUE_FROM_COLONS", "STAGE_AND_ID", "EXECUTION_ROLE_REQUIRED");
        assertThat(errors.toString()).contains(":secret:db-AbCdEf:password::");
    }

    @Test
    void sameSpecGivesByteIdenticalOutput() {
        String spec = example("customer-managed-key").yaml();
        byte[] first = post("/v1/taskdefs/compile", "application/yaml", spec).getResponse().getContentAsByteArray();
        byte[] second = post("/v1/taskdefs/compile", "application/yaml", spec).getResponse().getContentAsByteArray();
        assertThat(first).isEqualTo(second);
        assertThat(body(post("/v1/taskdefs/compile", "application/yaml", spec)).get("fingerprint").asString()).startsWith("sha256:");
    }

    @Test
    void curlDataBinaryWithoutContentTypeIsSniffed() {
        String yaml = example("json-key").yaml();
        assertThat(post("/v1/taskdefs/compile", "application/x-www-form-urlencoded", yaml)).hasStatusOk();
        assertThat(post("/v1/taskdefs/compile", null, ExampleSpecs.json(example("json-key")))).hasStatusOk();
    }

    static SpecExample example(String id) {
        return ExampleSpecs.load().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** A body in the charset its Content-Type names (here Latin-1) compiles, and the response is UTF-8. */
    @Test
    void aLatin1BodyCompilesToUtf8() {
        String yaml = example("whole-secret").yaml() + "tags:\n  owner: café\n";
        MvcTestResult r = mvc.post().uri("/v1/taskdefs/compile").header("Content-Type", "application/yaml; charset=ISO-8859-1")
                .content(yaml.getBytes(StandardCharsets.ISO_8859_1)).exchange();
        assertThat(r).hasStatusOk();
        assertThat(body(r).at("/taskDefinition/tags/0/value").asString()).isEqualTo("café");
    }

    MvcTestResult post(String path, String contentType, String body) {
        var req = mvc.post().uri(path).content(body.getBytes(StandardCharsets.UTF_8));
        if (contentType != null) {
            req = req.header("Content-Type", contentType);
        }
        return req.exchange();
    }

    static JsonNode body(MvcTestResult r) {
        return JSON.readTree(r.getResponse().getContentAsByteArray());
    }
}
