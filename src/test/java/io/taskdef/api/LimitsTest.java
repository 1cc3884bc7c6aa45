package io.taskdef.api;

import static io.taskdef.api.CompileEndpointTest.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** One test per limit: each answers a 4xx problem that names the limit, never a 500. */
@WebTest
class LimitsTest {

    static final String ROLE = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TaskdefProperties props;

    @Test
    void bodyOverTheSizeLimitIs413() {
        byte[] big = ("{\"family\":\"" + "x".repeat((int) props.limits().maxBodyBytes()) + "\"}").getBytes(StandardCharsets.UTF_8);
        MvcTestResult r = mvc.post().uri("/v1/taskdefs/compile").contentType("application/json").content(big).exchange();
        assertThat(r).hasStatus(413).hasContentType("application/problem+json");
        assertThat(body(r).at("/errors/0/code").asString()).isEqualTo("BODY_TOO_LARGE");
        assertThat(body(r).get("limit").asLong()).isEqualTo(props.limits().maxBodyBytes());
    }

    @Test
    void nestingDeeperThanTheLimitIs422WithThePointer() {
        int depth = props.limits().maxDepth() + 1;
        String deep = "{\"family\":\"x\",\"overrides\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}";
        JsonNode p = expect(422, "application/json", deep);
        assertThat(p.at("/errors/0/code").asString()).isEqualTo("SPEC_TOO_DEEP");
        assertThat(p.at("/errors/0/pointer").asString()).startsWith("/overrides/a/a/a");
    }

    @Test
    void stringLongerThanTheLimitIs422WithThePointer() {
        String spec = "{\"family\":\"" + "f".repeat(props.limits().maxStringLength() + 1) + "\"}";
        JsonNode p = expect(422, "application/json", spec);
        assertThat(p.at("/errors/0/code").asString()).isEqualTo("STRING_TOO_LONG");
        assertThat(p.at("/errors/0/pointer").asString()).isEqualTo("/family");
    }

    @Test
    void fieldNameLongerThanTheLimitIs422() {
        String spec = "{\"" + "k".repeat(props.limits().maxStringLength() + 1) + "\":1}";
        assertThat(expect(422, "application/json", spec).at("/errors/0/code").asString()).isEqualTo("STRING_TOO_LONG");
    }

    @Test
    void moreValuesThanTheLimitIs422() {
        StringBuilder sb = new StringBuilder("{\"family\":\"x\",\"overrides\":{\"a\":[");
        for (int i = 0; i <= props.limits().maxTokens(); i++) {
            sb.append(i == 0 ? "0" : ",0");
        }
        sb.append("]}}");
        assertThat(expect(422, "application/json", sb.toString()).at("/errors/0/code").asString()).isEqualTo("TOO_MANY_TOKENS");
    }

    @Test
    void moreThanTenContainersIs422() {
        StringBuilder sb = new StringBuilder("{\"family\":\"x\",\"cpu\":256,\"memory\":512,\"containers\":[");
        for (int i = 0; i < 11; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"name\":\"c").append(i).append("\",\"image\":\"nginx\"}");
        }
        sb.append("]}");
        JsonNode p = expect(422, "application/json", sb.toString());
        assertThat(p.at("/errors/0/code").asString()).isEqualTo("CONTAINER_COUNT");
        assertThat(p.at("/errors/0/pointer").asString()).isEqualTo("/containers/10");
    }

    @Test
    void tenContainersAreFine() {
        StringBuilder sb = new StringBuilder("{\"family\":\"x\",\"cpu\":256,\"memory\":512,\"containers\":[");
        for (int i = 0; i < 10; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"name\":\"c").append(i).append("\",\"image\":\"nginx\"}");
        }
        sb.append("]}");
        assertThat(mvc.post().uri("/v1/taskdefs/compile").contentType("application/json").content(sb.toString()).exchange()).hasStatusOk();
    }

    @Test
    void moreReferencesThanTheLimitIs422() {
        StringBuilder secrets = new StringBuilder();
        for (int i = 0; i <= props.limits().maxReferences(); i++) {
            secrets.append(i == 0 ? "" : ",").append("\"S").append(i).append("\":{\"parameter\":\"/p/").append(i).append("\"}");
        }
        String spec = "{\"family\":\"x\",\"cpu\":256,\"memory\":512,\"executionRoleArn\":\"" + ROLE
                + "\",\"containers\":[{\"name\":\"a\",\"image\":\"nginx\",\"secrets\":{" + secrets + "}}]}";
        JsonNode p = expect(422, "application/json", spec);
        assertThat(p.at("/errors/0/code").asString()).isEqualTo("TOO_MANY_REFERENCES");
    }

    @Test
    void yamlAliasBombIsRefused() {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                family: x
                """;
        JsonNode p = expect(422, "application/yaml", bomb);
        assertThat(p.at("/errors/0/code").asString()).isEqualTo("YAML_ALIAS");
        assertThat(p.at("/errors/0/pointer").asString()).isEqualTo("/b/0");
    }

    @Test
    void yamlTagsCannotInstantiateTypes() {
        String spec = "family: !!java.lang.ProcessBuilder [\"touch\", \"/tmp/pwned\"]\ncontainers: []\n";
        MvcTestResult r = mvc.post().uri("/v1/taskdefs/compile").contentType("application/yaml").content(spec).exchange();
        assertThat(r.getResponse().getStatus()).isBetween(400, 499);
        assertThat(new java.io.File("/tmp/pwned")).doesNotExist();
    }

    JsonNode expect(int status, String type, String body) {
        MvcTestResult r = mvc.post().uri("/v1/taskdefs/compile").contentType(type).content(body.getBytes(StandardCharsets.UTF_8)).exchange();
        assertThat(r).hasStatus(status).hasContentType("application/problem+json");
        return body(r);
    }
}
