package io.taskdef.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.testing.ApiClient.Answer;
import io.taskdef.testing.AwsApp;
import io.taskdef.testing.MotoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * AWS going away and coming back: register answers a clean 503 problem while moto is stopped, and works
 * again once it is back, without restarting the application. The endpoint comes from the
 * {@code taskdef.aws.endpoint} property (env TASKDEF_AWS_ENDPOINT) here, not from AWS_ENDPOINT_URL.
 */
class AwsOutageIT {

    static final String TOKEN = "outage-it-token-5e0a9d";
    static final String SPEC = """
            {"family": "outage", "region": "us-east-1", "cpu": 256, "memory": 512,
             "containers": [{"name": "app", "image": "public.ecr.aws/nginx/nginx:1.27", "environment": {"A": "1"}}]}
            """;

    @RegisterExtension
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    static final AwsApp app = new AwsApp("outage-it", moto, TOKEN, env -> {
        env.remove("AWS_ENDPOINT_URL");
        env.put("TASKDEF_AWS_ENDPOINT", moto.endpoint());
    });

    @Test
    void registerAnswers503WhileAwsIsDownAndWorksAgainAfterwards() {
        Answer up = register();
        assertThat(up.status()).as(up.body()).isEqualTo(200);

        moto.stop();
        try {
            Answer down = register();
            assertThat(down.status()).as(down.body()).isEqualTo(503);
            assertThat(down.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(down.headers().firstValue("Retry-After")).isPresent();
            assertThat(down.json().path("type").asString()).endsWith("aws-unreachable");
            assertThat(down.json().path("awsAction").asString()).isEqualTo("ecs:DescribeTaskDefinition");
            assertThat(down.json().at("/errors/0/code").asString()).isEqualTo("AWS_UNREACHABLE");
            assertThat(down.body()).doesNotContain("Exception", "at software.amazon");
        } finally {
            moto.start();
        }

        Answer back = register();
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().path("created").asBoolean()).isTrue();
        assertThat(back.json().path("taskDefinitionArn").asString()).endsWith("task-definition/outage:1");
    }

    private Answer register() {
        return app.api().post("/v1/taskdefs/register", SPEC, "application/json", TOKEN);
    }
}
