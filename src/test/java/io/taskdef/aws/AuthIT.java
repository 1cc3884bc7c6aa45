package io.taskdef.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.rules.Specs;
import io.taskdef.testing.ApiClient;
import io.taskdef.testing.ApiClient.Answer;
import io.taskdef.testing.AwsApp;
import io.taskdef.testing.AwsFixtures;
import io.taskdef.testing.MotoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Verify and register need a bearer token, compile does not; no token (configured, accepted or refused)
 * ever reaches the log, even with request logging at DEBUG.
 */
class AuthIT {

    static final String TOKEN = "auth-it-accepted-token-9f27e1";
    static final String OTHER = "auth-it-second-token-0c55aa";
    static final String WRONG = "auth-it-refused-token-71d3b8";
    static final String SPEC = Specs.fargate().json();

    @RegisterExtension
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    static final AwsApp app = new AwsApp("auth-it", moto, TOKEN + "," + OTHER, "--logging.level.org.springframework.web=DEBUG",
            "--logging.level.io.taskdef=DEBUG", "--logging.level.org.apache.tomcat=DEBUG");

    @Test
    void verifyAndRegisterWithoutATokenAnswer401() {
        for (String path : new String[] {"/v1/taskdefs/verify", "/v1/taskdefs/register"}) {
            Answer a = app.api().post(path, SPEC, "application/json", null);
            assertUnauthorized(a, path);
            assertThat(a.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"taskdef-compiler\"");
        }
    }

    @Test
    void aWrongTokenAnswers401() {
        for (String path : new String[] {"/v1/taskdefs/verify", "/v1/taskdefs/register?dryRun=true"}) {
            Answer a = app.api().post(path, SPEC, "application/json", WRONG);
            assertUnauthorized(a, path);
            assertThat(a.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).contains("invalid_token"));
        }
    }

    @Test
    void acceptedTokensPassAndCompileStaysOpen() {
        try (AwsFixtures aws = new AwsFixtures(moto.endpoint())) {
            aws.role("ecsTaskExecutionRole", "/", AwsFixtures.ECS_TASKS_TRUST);
            ApiClient api = app.api();
            for (Answer a : new Answer[] {api.post("/v1/taskdefs/verify", SPEC, "application/json", TOKEN),
                    api.post("/v1/taskdefs/verify", SPEC, "application/json", OTHER),
                    api.post("/v1/taskdefs/compile", SPEC, "application/json", null)}) {
                assertThat(a.status()).as(a.body()).isEqualTo(200);
            }
        }
    }

    @Test
    void noTokenEverAppearsInTheLog() {
        app.api().post("/v1/taskdefs/verify", SPEC, "application/json", WRONG);
        app.api().post("/v1/taskdefs/register?dryRun=true", SPEC, "application/json", TOKEN);
        app.api().post("/v1/taskdefs/verify", SPEC, "application/json", OTHER);

        String log = app.log();
        assertThat(log).contains("2 API token(s) configured");
        assertThat(log).doesNotContain(TOKEN, OTHER, WRONG, "auth-it-");
    }

    private static void assertUnauthorized(Answer a, String path) {
        assertThat(a.status()).as(path + ": " + a.body()).isEqualTo(401);
        assertThat(a.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(a.json().path("status").asInt()).isEqualTo(401);
        assertThat(a.json().at("/errors/0/code").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(a.body()).doesNotContain(TOKEN, OTHER, WRONG);
    }
}
