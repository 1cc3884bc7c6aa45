package io.taskdef.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.rules.Specs;
import io.taskdef.testing.ApiClient;
import io.taskdef.testing.ApiClient.Answer;
import io.taskdef.testing.AppJar;
import io.taskdef.testing.AwsAppEnv;
import io.taskdef.testing.FreePort;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * AWS that cannot be reached and AWS that does not answer in time give clean problems: 503 and 504, each
 * naming the AWS action, within the configured timeout, never a 500 or a stack trace.
 */
class AwsFaultsIT {

    static final String TOKEN = "faults-it-token-3b71";
    static final String SPEC = Specs.fargate().set("/family", "faults")
            .secret("DB", Specs.ref("secret", "prod/db", "jsonKey", "password")).json();

    static Map<String, String> env(String endpoint) {
        return AwsAppEnv.of(endpoint, TOKEN);
    }

    @Test
    void awsThatIsTooSlowGives504WithinTheCallTimeout() throws Exception {
        try (BlackHoleServer slowAws = new BlackHoleServer();
             AppJar app = AppJar.start("faults-slow", env(slowAws.endpoint()),
                     "--taskdef.aws.api-call-attempt-timeout=1s", "--taskdef.aws.api-call-timeout=3s", "--taskdef.aws.max-attempts=2")) {
            ApiClient api = new ApiClient(app.baseUrl());
            for (String path : new String[] {"/v1/taskdefs/verify", "/v1/taskdefs/register"}) {
                long start = System.nanoTime();
                Answer a = api.post(path, SPEC, "application/json", TOKEN);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertThat(a.status()).as(path + ": " + a.body()).isEqualTo(504);
                assertThat(a.json().path("type").asString()).endsWith("aws-timeout");
                assertThat(a.json().path("awsAction").asString()).as(a.body()).isNotBlank();
                assertThat(a.json().at("/errors/0/code").asString()).isEqualTo("AWS_TIMEOUT");
                assertThat(a.body()).doesNotContain("Exception", "at software.amazon", "at io.taskdef");
                assertThat(took).as(path + " is bounded by the api-call timeout").isLessThan(Duration.ofSeconds(15));
            }
            assertThat(slowAws.accepted()).as("the service really called the slow endpoint").isPositive();
            assertThat(app.log()).doesNotContain(TOKEN);
        }
    }

    @Test
    void awsThatCannotBeReachedGives503() {
        int closedPort = FreePort.find();
        try (AppJar app = AppJar.start("faults-unreachable", env("http://127.0.0.1:" + closedPort),
                "--taskdef.aws.max-attempts=2")) {
            ApiClient api = new ApiClient(app.baseUrl());
            for (String path : new String[] {"/v1/taskdefs/verify", "/v1/taskdefs/register"}) {
                Answer a = api.post(path, SPEC, "application/json", TOKEN);
                assertThat(a.status()).as(path + ": " + a.body()).isEqualTo(503);
                assertThat(a.json().path("type").asString()).endsWith("aws-unreachable");
                assertThat(a.headers().firstValue("Retry-After")).isPresent();
                assertThat(a.body()).doesNotContain("Exception", "at software.amazon");
            }
        }
    }
}
