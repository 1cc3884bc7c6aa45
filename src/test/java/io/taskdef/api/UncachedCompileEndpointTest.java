package io.taskdef.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.api.openapi.ExampleSpecs.SpecExample;
import io.taskdef.compile.Compiler;
import io.taskdef.spec.SpecFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * With the response cache off, the compile endpoint writes the result straight from the writer's buffer:
 * the same bytes, with the same Content-Length, as the result's own JSON, twice in a row.
 */
@SpringBootTest(properties = "taskdef.cache.max-bytes=0")
@AutoConfigureMockMvc
class UncachedCompileEndpointTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Compiler compiler;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.taskdef.api.CompileEndpointTest#examples")
    void answersWithTheResultsJsonEveryTime(SpecExample example) {
        byte[] body = example.yaml().getBytes(StandardCharsets.UTF_8);
        byte[] expected = compiler.compile(body, SpecFormat.YAML).result().toJson();
        for (int i = 0; i < 2; i++) {
            MvcTestResult r = mvc.post().uri("/v1/taskdefs/compile").contentType("application/yaml").content(body).exchange();
            assertThat(r).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
            assertThat(r.getResponse().getContentLength()).isEqualTo(expected.length);
            assertThat(r.getResponse().getContentAsByteArray()).isEqualTo(expected);
        }
    }
}
