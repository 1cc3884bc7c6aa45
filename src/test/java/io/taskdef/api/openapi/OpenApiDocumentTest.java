package io.taskdef.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.spec.SpecBinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The checked-in OpenAPI document is the one the service serves. When the API changes on purpose, regenerate
 * it with {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true} and commit the file.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

    static final Path CHECKED_IN = Path.of("openapi", "openapi.yaml");
    static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Test
    void checkedInDocumentMatchesTheRunningService() throws Exception {
        String served = mvc.get().uri("/v3/api-docs.yaml").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(CHECKED_IN.getParent());
            Files.writeString(CHECKED_IN, served, StandardCharsets.UTF_8);
        }
        assertThat(CHECKED_IN).as("openapi/openapi.yaml is missing: regenerate it (see the class comment)").exists();
        JsonNode expected = YAML.readTree(Files.readString(CHECKED_IN, StandardCharsets.UTF_8));
        JsonNode actual = YAML.readTree(served);
        assertThat(actual)
                .as("openapi/openapi.yaml drifted from /v3/api-docs: regenerate it with "
                        + "./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true and review the diff")
                .isEqualTo(expected);
    }

    @Test
    void specSchemasDescribeExactlyTheFieldsTheBinderAccepts() throws Exception {
        JsonNode schemas = YAML.readTree(Files.readString(CHECKED_IN, StandardCharsets.UTF_8)).at("/components/schemas");
        Map<String, List<String>> expected = Map.of(
                "AppSpec", SpecBinder.TOP_FIELDS,
                "Container", SpecBinder.CONTAINER_FIELDS,
                "PortMapping", SpecBinder.PORT_FIELDS,
                "Logging", SpecBinder.LOGGING_FIELDS,
                "ReferenceObject", SpecBinder.REF_FIELDS,
                "PolicyOptions", SpecBinder.POLICY_FIELDS);
        expected.forEach((schema, fields) -> assertThat(schemas.at("/" + schema + "/properties").propertyNames())
                .as(schema).containsExactlyInAnyOrderElementsOf(fields));
    }

    @Test
    void everyOperationThatTakesASpecHasTheWorkedExamples() throws Exception {
        JsonNode paths = YAML.readTree(Files.readString(CHECKED_IN, StandardCharsets.UTF_8)).get("paths");
        for (String path : List.of("/v1/taskdefs/compile", "/v1/taskdefs/validate")) {
            JsonNode content = paths.at("/" + path.replace("/", "~1") + "/post/requestBody/content");
            assertThat(content.at("/application~1json/examples").propertyNames()).as(path)
                    .contains("whole-secret", "json-key", "version-stage", "version-id", "json-key-and-stage", "json-key-and-id",
                            "splunk-secret-options", "customer-managed-key", "ssm-parameter");
            assertThat(content.at("/application~1yaml/examples/json-key/value").asString()).contains("jsonKey: username1");
        }
    }

    /** RequestIdFilter answers every request with an X-Request-Id and accepts one on any: the document says so everywhere. */
    @Test
    void everyOperationTakesAndEveryResponseCarriesARequestId() throws Exception {
        JsonNode doc = YAML.readTree(Files.readString(CHECKED_IN, StandardCharsets.UTF_8));
        int responses = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String where = op.getKey() + " " + path.getKey();
                assertThat(op.getValue().get("parameters").findValuesAsString("$ref")).as(where)
                        .contains("#/components/parameters/X-Request-Id");
                for (Map.Entry<String, JsonNode> response : op.getValue().get("responses").properties()) {
                    assertThat(response.getValue().at("/headers/X-Request-Id/$ref").asString()).as(where + " " + response.getKey())
                            .isEqualTo("#/components/headers/X-Request-Id");
                    responses++;
                }
            }
        }
        assertThat(responses).isGreaterThan(20);
        assertThat(doc.at("/components/headers/X-Request-Id/schema/pattern").asString()).isEqualTo("^[A-Za-z0-9._:-]{1,64}$");
        assertThat(doc.at("/components/parameters/X-Request-Id/in").asString()).isEqualTo("header");
    }
}
