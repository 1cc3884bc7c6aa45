package io.taskdef.api;

import static io.taskdef.api.CompileEndpointTest.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.api.openapi.ExampleSpecs;
import io.taskdef.compile.Compiler;
import io.taskdef.rules.StructuralChecks;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

@WebTest
class ValidateAndRulesEndpointTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Compiler compiler;

    @Test
    void validateAnswers200WithEveryDiagnostic() {
        JsonNode report = validate("application/yaml", "family: web\ncontainers: [{name: app, image: nginx, secrets: {A: {secret: db, jsonKey: k}}}]\n");
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("errors").toString()).contains("EXECUTION_ROLE_REQUIRED").contains("FARGATE_CPU_MEMORY");
        assertThat(report.get("warnings")).isNotNull();
        assertThat(report.get("requirements")).isNotNull();
    }

    @Test
    void validateOfAGoodSpecIsValidWithWarningsAndRequirements() {
        JsonNode report = validate("application/json", ExampleSpecs.json(CompileEndpointTest.example("json-key")));
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("errors")).isEmpty();
        assertThat(report.at("/warnings/0/code").asString()).isEqualTo("SECRET_ROTATION");
        assertThat(report.at("/requirements/0/minimum").asString()).isEqualTo("1.4.0");
    }

    @Test
    void validateOfAMalformedBodyIsStill200() {
        JsonNode report = validate("application/json", "{\"family\":");
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.at("/errors/0/code").asString()).isEqualTo("MALFORMED_BODY");
        assertThat(report.at("/errors/0/message").asString()).startsWith("line 1, column ");
    }

    @Test
    void rulesListsEveryRuleAndStructuralCheck() {
        MvcTestResult r = mvc.get().uri("/v1/rules").exchange();
        assertThat(r).hasStatusOk().hasContentType("application/json");
        JsonNode catalog = body(r);
        assertThat(catalog.get("rules")).hasSize(compiler.rules().size());
        assertThat(catalog.get("structural")).hasSize(StructuralChecks.ALL.size());
        assertThat(catalog.toString()).contains("\"id\":\"fargate-platform-version\"").contains("\"codes\":[\"FARGATE_PLATFORM_VERSION\"");
    }

    JsonNode validate(String type, String body) {
        MvcTestResult r = mvc.post().uri("/v1/taskdefs/validate").header("Content-Type", type)
                .content(body.getBytes(StandardCharsets.UTF_8)).exchange();
        assertThat(r).hasStatusOk();
        return body(r);
    }
}
