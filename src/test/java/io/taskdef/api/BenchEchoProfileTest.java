package io.taskdef.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** POST /bench/echo exists only with the bench profile. */
class BenchEchoProfileTest {

    static final String BODY = "{\"family\":\"web\",\"containers\":[{\"name\":\"app\",\"image\":\"nginx\"}]}";

    @Nested
    @SpringBootTest
    @AutoConfigureMockMvc
    @ActiveProfiles("bench")
    class WithBenchProfile {
        @Autowired
        MockMvcTester mvc;

        @Test
        void echoesTheJsonBody() {
            assertThat(mvc.post().uri("/bench/echo").contentType("application/json").content(BODY).exchange())
                    .hasStatusOk().bodyJson().isLenientlyEqualTo(BODY);
        }
    }

    @Nested
    @WebTest
    class WithoutIt {
        @Autowired
        MockMvcTester mvc;

        @Test
        void isNotThere() {
            assertThat(mvc.post().uri("/bench/echo").contentType("application/json").content(BODY).exchange()).hasStatus(404);
        }
    }
}
