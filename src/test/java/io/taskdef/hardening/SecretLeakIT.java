package io.taskdef.hardening;

import static io.taskdef.rules.Specs.ref;
import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.rules.Specs;
import io.taskdef.testing.ApiClient.Answer;
import io.taskdef.testing.AwsApp;
import io.taskdef.testing.AwsFixtures;
import io.taskdef.testing.MotoServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * A canary secret value planted in moto never leaves the service: not in any response body of verify (deep
 * checks on, so values are really read) or register, and not in any log line, with the service's own
 * logging at DEBUG.
 */
class SecretLeakIT {

    static final String TOKEN = "leak-it-token-91c2";
    static final String CANARY = "CANARY-7f1e3c9a-do-not-leak";

    @RegisterExtension
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    static final AwsApp app = new AwsApp("secret-leak-it", moto, TOKEN, "--taskdef.verify.deep-checks=true",
            "--logging.level.io.taskdef=DEBUG", "--logging.level.org.springframework.web=DEBUG");

    static AwsFixtures aws;

    @AfterAll
    static void close() {
        if (aws != null) {
            aws.close();
        }
    }

    @Test
    void theCanaryNeverAppearsInAResponseOrALogLine() {
        aws = new AwsFixtures(moto.endpoint());
        String key = aws.customerKey();
        aws.role("ecsTaskExecutionRole", "/", AwsFixtures.ECS_TASKS_TRUST);
        aws.textSecret("prod/json", "{\"password\":\"" + CANARY + "\",\"user\":\"" + CANARY + "-user\"}", key);
        aws.textSecret("prod/plain", CANARY + "-plain", null);
        aws.binarySecret("prod/binary", (CANARY + "-binary").getBytes(StandardCharsets.UTF_8));
        aws.parameter("/prod/token", ParameterType.SECURE_STRING, CANARY + "-param", key);

        String ok = Specs.fargate().set("/family", "leak")
                .secret("PASSWORD", ref("secret", "prod/json", "jsonKey", "password"))
                .secret("PLAIN", ref("secret", "prod/plain"))
                .secret("TOKEN", ref("parameter", "/prod/token")).json();
        String broken = Specs.fargate().set("/family", "leak")
                .secret("MISSING_KEY", ref("secret", "prod/json", "jsonKey", "nope"))
                .secret("NOT_JSON", ref("secret", "prod/plain", "jsonKey", "password"))
                .secret("BINARY", ref("secret", "prod/binary")).json();
        List<Answer> answers = new ArrayList<>();
        for (String spec : List.of(ok, broken)) {
            for (String path : List.of("/v1/taskdefs/verify", "/v1/taskdefs/register?verify=true&dryRun=true",
                    "/v1/taskdefs/register?verify=true&applyPolicy=true", "/v1/taskdefs/compile")) {
                answers.add(app.api().post(path, spec, "application/json", TOKEN));
            }
        }
        assertThat(answers.get(0).status()).as(answers.get(0).body()).isEqualTo(200);
        assertThat(answers.get(0).json().path("verified").asBoolean()).as(answers.get(0).body()).isTrue();
        assertThat(answers.get(2).status()).as("registering the good spec works").isEqualTo(200);
        assertThat(answers.get(4).json().path("verified").asBoolean()).as("deep checks found the broken values").isFalse();
        assertThat(answers.get(4).body()).contains("JSON_KEY_NOT_FOUND", "SECRET_NOT_JSON", "SECRET_BINARY");

        String base64 = Base64.getEncoder().encodeToString((CANARY + "-binary").getBytes(StandardCharsets.UTF_8));
        for (Answer a : answers) {
            assertThat(a.body()).doesNotContain(CANARY).doesNotContain(base64);
        }
        assertThat(app.log()).as("the service logged at DEBUG").contains("DEBUG");
        assertThat(app.log()).doesNotContain(CANARY).doesNotContain(base64).doesNotContain(TOKEN);
    }
}
