package io.taskdef.api.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdef.testing.ApiClient.Answer;
import io.taskdef.testing.ApiClient;
import io.taskdef.testing.AppJar;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built jar configured the way the Helm chart configures it (environment variables, JSON logs):
 * Prometheus counts requests per endpoint and outcome, the request id reaches the response, the problem
 * body and the JSON log, the TASKDEF_* variables bind, and SIGTERM shuts down gracefully.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ENV_SPEC = """
            family: envcheck
            account: "123456789012"
            cpu: 256
            memory: 512
            executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole
            containers:
              - name: app
                image: public.ecr.aws/nginx/nginx:1.27
                secrets:
                  DB_PASSWORD: { secret: prod/db, kmsKey: "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
            """;
    private static AppJar app;

    @BeforeAll
    static void start() {
        app = AppJar.start("operations", Map.of(
                        "SPRING_PROFILES_ACTIVE", "json-logs",
                        "TASKDEF_DEFAULT_REGION", "eu-west-1",
                        "TASKDEF_POLICY_KMS_VIA_SERVICE", "false"),
                "--logging.level.io.taskdef.api.ops=debug");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void prometheusCountsEachCompileByEndpointAndOutcome() {
        long ok = count("SUCCESS");
        long rejected = count("CLIENT_ERROR");

        assertThat(compile(ENV_SPEC, "metrics-1").status()).isEqualTo(200);
        assertThat(compile("family: 'not valid'\n", "metrics-2").status()).isEqualTo(422);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(count("SUCCESS")).isEqualTo(ok + 1);
            assertThat(count("CLIENT_ERROR")).isEqualTo(rejected + 1);
        });
    }

    @Test
    @Order(2)
    void theRequestIdIsEchoedNamedInTheProblemAndLoggedAsJson() {
        Answer r = compile("family: 'not valid'\n", "ops-it-7");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.headers().firstValue("X-Request-Id")).contains("ops-it-7");
        assertThat(JSON.readTree(r.body()).get("requestId").asString()).isEqualTo("ops-it-7");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jsonLogLines())
                .anySatisfy(line -> {
                    assertThat(line.path("requestId").asString()).isEqualTo("ops-it-7");
                    assertThat(line.path("message").asString()).contains("POST /v1/taskdefs/compile -> 422");
                }));
    }

    @Test
    @Order(3)
    void taskdefEnvironmentVariablesBindAsTheChartSetsThem() {
        Answer r = compile(ENV_SPEC, "env-1");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(r.body());
        assertThat(result.at("/taskDefinition/containerDefinitions/0/secrets/0/valueFrom").asString())
                .as("TASKDEF_DEFAULT_REGION").isEqualTo("arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db");
        assertThat(result.at("/executionRolePolicy/document").toString())
                .contains("kms:Decrypt").as("TASKDEF_POLICY_KMS_VIA_SERVICE=false").doesNotContain("kms:ViaService");
    }

    @Test
    @Order(4)
    void sigtermShutsDownGracefully() {
        app.close();
        assertThat(app.process().exitValue()).isIn(0, 143);
        assertThat(jsonLogLines()).extracting(line -> line.path("message").asString())
                .anyMatch(m -> m.startsWith("Commencing graceful shutdown"))
                .anyMatch(m -> m.equals("Graceful shutdown complete"));
    }

    private static Answer compile(String spec, String requestId) {
        return new ApiClient(app.baseUrl()).post("/v1/taskdefs/compile", spec, "application/yaml", null, "X-Request-Id", requestId);
    }

    /** http_server_requests_seconds_count for the compile endpoint and outcome, summed over statuses; 0 before the first. */
    private static long count(String outcome) {
        String scrape = new ApiClient(app.baseUrl()).get("/actuator/prometheus").body();
        Matcher m = Pattern.compile("^http_server_requests_seconds_count\\{[^}]*\\boutcome=\"" + outcome
                + "\"[^}]*\\buri=\"/v1/taskdefs/compile\"[^}]*} (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        long total = 0;
        while (m.find()) {
            total += (long) Double.parseDouble(m.group(1));
        }
        return total;
    }

    /** The service log's JSON lines (the json-logs profile writes one object per line). */
    private static List<JsonNode> jsonLogLines() {
        return app.log().lines().filter(l -> l.startsWith("{")).map(JSON::readTree).toList();
    }
}
