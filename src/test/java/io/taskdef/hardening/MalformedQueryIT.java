package io.taskdef.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.testing.ApiClient;
import io.taskdef.testing.ApiClient.Answer;
import io.taskdef.testing.AppJar;
import io.taskdef.testing.AwsAppEnv;
import org.junit.jupiter.api.Test;

/**
 * Found by fuzzing: a query parameter without a name ("?=null") made Tomcat throw when the register flags
 * were read, which answered 500. Against the real Tomcat of the built jar (MockMvc parses queries itself).
 */
class MalformedQueryIT {

    static final String TOKEN = "query-it-token-44d0";

    @Test
    void aQueryParameterWithoutANameIs400() {
        try (AppJar app = AppJar.start("malformed-query", AwsAppEnv.of("http://127.0.0.1:9", TOKEN))) {
            Answer a = new ApiClient(app.baseUrl()).post("/v1/taskdefs/register?applyPolicy=false&=null", "{}", "application/json", TOKEN);
            assertThat(a.status()).as(a.body()).isEqualTo(400);
            assertThat(a.json().at("/errors/0/code").asString()).isEqualTo("MALFORMED_QUERY");
            assertThat(app.log()).doesNotContain("unexpected failure");
        }
    }
}
