package io.taskdef.api;

import static io.taskdef.api.CompileEndpointTest.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Every error is an RFC 9457 problem with an errors array; never a 500, never a stack trace. */
@WebTest
class ProblemResponsesTest {

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "application/json | {\"family\": \"x\",\\n \"containers\": [ } | 2 | 18",
            "application/yaml | family: x\\ncontainers:\\n  - name: [a\\n | 4 | 1",
            "application/json | {\"family\": \"x\"} trailing | 1 | 17"})
    void malformedBodyIs400NamingLineAndColumn(String type, String body, int line, int column) {
        MvcTestResult r = post(type, body.replace("\\n", "\n"));
        assertThat(r).hasStatus(400).hasContentType("application/problem+json");
        JsonNode p = body(r);
        assertThat(p.get("type").asString()).isEqualTo("urn:problem-type:taskdef:malformed-body");
        assertThat(p.get("line").asInt()).isEqualTo(line);
        assertThat(p.get("column").asInt()).isEqualTo(column);
        assertThat(p.at("/errors/0/code").asString()).isEqualTo("MALFORMED_BODY");
        assertThat(p.at("/errors/0/message").asString()).startsWith("line " + line + ", column " + column + ": ")
                .doesNotContain("Source: ").doesNotContain("Exception");
    }

    @Test
    void emptyBodyIs400() {
        MvcTestResult r = post("application/json", "");
        assertThat(r).hasStatus(400);
        assertThat(body(r).at("/errors/0/code").asString()).isEqualTo("EMPTY_BODY");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        MvcTestResult r = post("application/xml", "<spec/>");
        assertThat(r).hasStatus(415).hasContentType("application/problem+json");
        assertThat(body(r).at("/errors/0/code").asString()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void compressedBodyIs415NamingTheCoding() throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write("{\"family\": \"x\"}".getBytes(StandardCharsets.UTF_8));
        }
        MvcTestResult r = mvc.post().uri("/v1/taskdefs/compile").header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip").content(gzipped.toByteArray()).exchange();
        assertThat(r).hasStatus(415).hasContentType("application/problem+json");
        assertThat(body(r).at("/errors/0/code").asString()).isEqualTo("UNSUPPORTED_CONTENT_ENCODING");
        assertThat(body(r).at("/errors/0/message").asString()).startsWith("Content-Encoding 'gzip' is not supported");
    }

    /** A body that is not in the charset its Content-Type names: a problem from compile, a report from validate. */
    @Test
    void bodyNotInItsDeclaredCharsetIsMalformed() {
        byte[] body = {'{', '"', 'f', 'a', 'm', 'i', 'l', 'y', '"', ':', '"', (byte) 0x81, '"', '}'}; // unassigned in windows-1252
        String type = "application/json; charset=windows-1252";
        MvcTestResult compile = mvc.post().uri("/v1/taskdefs/compile").header("Content-Type", type).content(body).exchange();
        assertThat(compile).hasStatus(400).hasContentType("application/problem+json");
        assertThat(body(compile).at("/errors/0/message").asString()).isEqualTo("the body is not valid windows-1252 text, the charset its Content-Type names");
        MvcTestResult validate = mvc.post().uri("/v1/taskdefs/validate").header("Content-Type", type).content(body).exchange();
        assertThat(validate).hasStatus(200);
        assertThat(body(validate).get("valid").asBoolean()).isFalse();
        assertThat(body(validate).at("/errors/0/code").asString()).isEqualTo("MALFORMED_BODY");
    }

    @Test
    void specThatIsNotAnObjectIs422() {
        MvcTestResult r = post("application/json", "[1, 2]");
        assertThat(r).hasStatus(422);
        assertThat(body(r).at("/errors/0/pointer").asString()).isEmpty();
        assertThat(body(r).at("/errors/0/code").asString()).isEqualTo("INVALID_TYPE");
    }

    @Test
    void duplicateKeysAreErrorsWithPointers() {
        MvcTestResult r = post("application/yaml", "family: a\nfamily: b\ncontainers: [{name: a, image: b, name: c}]\n");
        assertThat(r).hasStatus(422);
        assertThat(body(r).get("errors").toString()).contains("\"/family\"").contains("\"/containers/0/name\"").contains("DUPLICATE_KEY");
    }

    @Test
    void wrongTypesAndMissingFieldsNameTheField() {
        MvcTestResult r = post("application/json", "{\"family\": 12, \"cpu\": \"lots\", \"containers\": [{\"image\": \"nginx\", \"essential\": \"maybe\"}]}");
        assertThat(r).hasStatus(422);
        String errors = body(r).get("errors").toString();
        assertThat(errors).contains("\"pointer\":\"/cpu\"").contains("\"pointer\":\"/containers/0/name\"")
                .contains("\"pointer\":\"/containers/0/essential\"").contains("REQUIRED_FIELD").contains("INVALID_TYPE");
    }

    @Test
    void unknownEndpointAndMethodAreProblemsToo() {
        assertThat(mvc.get().uri("/v1/nothing-here").exchange()).hasStatus(404).hasContentType("application/problem+json");
        assertThat(mvc.get().uri("/v1/taskdefs/compile").exchange()).hasStatus(405).hasContentType("application/problem+json");
    }

    /** A 404 says what was asked for and where the endpoints are; a trailing slash is named as the mistake. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/v1/nothing-here | there is nothing at POST /v1/nothing-here; the endpoints are listed at /v3/api-docs",
            "/v1/taskdefs/compile/ | there is nothing at POST /v1/taskdefs/compile/ (paths take no trailing slash); the endpoints"})
    void notFoundNamesThePath(String path, String message) {
        MvcTestResult r = mvc.post().uri(path).header("Content-Type", "application/json").content("{}").exchange();
        assertThat(r).hasStatus(404).hasContentType("application/problem+json");
        assertThat(body(r).get("type").asString()).isEqualTo("urn:problem-type:taskdef:not-found");
        assertThat(body(r).at("/errors/0/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(body(r).get("detail").asString()).startsWith(message);
        assertThat(body(r).get("requestId").asString()).isNotEmpty();
    }

    @Test
    void problemsCarryNoStackTrace() throws Exception {
        MvcTestResult r = post("application/json", "{\"family\": ");
        assertThat(r.getResponse().getContentAsString()).doesNotContain("at io.").doesNotContain("at tools.").doesNotContain("Exception");
    }

    MvcTestResult post(String type, String body) {
        return mvc.post().uri("/v1/taskdefs/compile").header("Content-Type", type).content(body.getBytes(StandardCharsets.UTF_8)).exchange();
    }
}
