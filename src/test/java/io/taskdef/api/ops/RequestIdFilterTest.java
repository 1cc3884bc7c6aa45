package io.taskdef.api.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest(properties = "logging.level.io.taskdef.api.ops=debug")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class RequestIdFilterTest {

    private static final String INVALID_SPEC = "family: 'no spaces allowed'\ncontainers: []\n";

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"deploy-42", "a", "0f8fad5b-d9cb-469f-a165-70867728950e", "build.7:step_3"})
    void safeIdsAreKept(String id) {
        assertThat(RequestIdFilter.accept(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "line\nbreak", "<script>", "quote\"", "ünïcode"})
    void unsafeIdsAreReplaced(String id) {
        assertThat(UUID.fromString(RequestIdFilter.accept(id))).isNotNull();
    }

    @Test
    void idsLongerThanTheLimitAreReplaced() {
        assertThat(RequestIdFilter.accept("x".repeat(RequestIdFilter.MAX_LENGTH))).hasSize(RequestIdFilter.MAX_LENGTH);
        assertThat(RequestIdFilter.accept("x".repeat(RequestIdFilter.MAX_LENGTH + 1))).doesNotContain("xx");
    }

    @Test
    void theCallersIdIsEchoedAndNamedInTheProblem() throws Exception {
        mvc.perform(post("/v1/taskdefs/compile").header("X-Request-Id", "deploy-42")
                        .contentType("application/yaml").content(INVALID_SPEC))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("X-Request-Id", "deploy-42"))
                .andExpect(jsonPath("$.requestId").value("deploy-42"));
    }

    @Test
    void aRequestWithoutAnIdGetsANewOneInHeaderAndProblem() throws Exception {
        MvcResult r = mvc.perform(post("/v1/taskdefs/compile").contentType("application/yaml").content(INVALID_SPEC))
                .andExpect(status().isUnprocessableContent())
                .andReturn();
        String id = r.getResponse().getHeader("X-Request-Id");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(r.getResponse().getContentAsString()).contains("\"requestId\":\"" + id + "\"");
    }

    @Test
    void springsOwnProblemsNameTheRequestToo() throws Exception {
        mvc.perform(get("/v1/no-such-endpoint").header("X-Request-Id", "lost-1").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(header().string("X-Request-Id", "lost-1"))
                .andExpect(jsonPath("$.requestId").value("lost-1"));
    }

    @Test
    void successfulResponsesCarryTheIdInTheHeaderAndTheLogLine(CapturedOutput output) throws Exception {
        mvc.perform(get("/v1/rules").header("X-Request-Id", "rules-1"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Request-Id", "rules-1"));
        assertThat(output.getOut()).containsPattern("DEBUG \\[rules-1\\] .* GET /v1/rules -> 200 in \\d+ ms");
    }
}
