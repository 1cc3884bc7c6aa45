package io.taskdef.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.testing.ApiClient.Answer;
import io.taskdef.testing.AwsApp;
import io.taskdef.testing.AwsFixtures;
import io.taskdef.testing.MotoServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /v1/taskdefs/register against the application jar and a real moto_server. */
class RegisterIT {

    static final String TOKEN = "register-it-token-c41d07";

    @RegisterExtension
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    static final AwsApp app = new AwsApp("register-it", moto, TOKEN);

    AwsFixtures aws;
    String db;

    @BeforeEach
    void fixtures() {
        aws = new AwsFixtures(moto.endpoint());
        aws.role("ecsTaskExecutionRole", "/service-role/", AwsFixtures.ECS_TASKS_TRUST);
        db = aws.textSecret("prod/db", "{\"password\":\"planted-register-pw\"}", null);
    }

    @AfterEach
    void closeFixtures() {
        aws.close();
    }

    /** The spec as JSON, with one environment variable's value. */
    static String spec(String mode) {
        return """
                {"family": "web", "region": "us-east-1", "cpu": 512, "memory": 1024,
                 "executionRoleArn": "arn:aws:iam::123456789012:role/service-role/ecsTaskExecutionRole",
                 "containers": [{"name": "app", "image": "public.ecr.aws/nginx/nginx:1.27", "ports": [8080],
                   "environment": {"MODE": "%s", "LOG_LEVEL": "info"},
                   "secrets": {"DB_PASSWORD": {"secret": "prod/db", "jsonKey": "password"}}}]}
                """.formatted(mode);
    }

    Answer register(String query, String spec) {
        Answer a = app.api().post("/v1/taskdefs/register" + query, spec, "application/json", TOKEN);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    @Test
    void registeringTheSameSpecTwiceGivesOneRevision() {
        JsonNode first = register("", spec("blue")).json();
        JsonNode second = register("", spec("blue")).json();

        assertThat(first.path("created").asBoolean()).isTrue();
        assertThat(first.path("revision").asInt()).isEqualTo(1);
        assertThat(second.path("created").asBoolean()).isFalse();
        assertThat(second.path("taskDefinitionArn").asString()).isEqualTo(first.path("taskDefinitionArn").asString())
                .isEqualTo("arn:aws:ecs:us-east-1:123456789012:task-definition/web:1");
        assertThat(second.path("actions")).isEmpty();
        assertThat(aws.activeRevisions("web")).hasSize(1);
        String fingerprint = first.at("/compileResult/fingerprint").asString();
        assertThat(aws.ecs.describeTaskDefinition(b -> b.taskDefinition("web:1").includeWithStrings("TAGS")).tags())
                .anyMatch(t -> t.key().equals("taskdef-compiler:fingerprint") && t.value().equals(fingerprint));
    }

    @Test
    void changingOneEnvironmentVariableGivesRevisionTwo() {
        register("", spec("blue"));
        JsonNode changed = register("", spec("green")).json();

        assertThat(changed.path("created").asBoolean()).isTrue();
        assertThat(changed.path("revision").asInt()).isEqualTo(2);
        assertThat(changed.path("taskDefinitionArn").asString()).endsWith("task-definition/web:2");
        assertThat(aws.activeRevisions("web")).hasSize(2);
    }

    @Test
    void dryRunRegistersNothingAndShowsOnlyTheRealDifference() {
        JsonNode nothingYet = register("?dryRun=true", spec("blue")).json();
        assertThat(nothingYet.path("dryRun").asBoolean()).isTrue();
        assertThat(nothingYet.path("created").asBoolean()).isFalse();
        assertThat(nothingYet.path("taskDefinitionArn").isMissingNode()).isTrue();
        assertThat(nothingYet.at("/actions/0/action").asString()).isEqualTo("ecs:RegisterTaskDefinition");
        assertThat(nothingYet.path("diff")).isNotEmpty();
        assertThat(aws.activeRevisions("web")).isEmpty();

        register("", spec("blue"));
        JsonNode same = register("?dryRun=true", spec("blue")).json();
        assertThat(same.path("actions")).isEmpty();
        assertThat(same.path("diff")).as("ECS defaults must not show as changes").isEmpty();
        assertThat(same.path("revision").asInt()).isEqualTo(1);

        JsonNode changed = register("?dryRun=true", spec("green")).json();
        assertThat(changed.path("diff")).hasSize(1);
        JsonNode change = changed.path("diff").get(0);
        assertThat(change.path("op").asString()).isEqualTo("replace");
        assertThat(change.path("path").asString()).isEqualTo("/containerDefinitions/0/environment/1/value");
        assertThat(change.path("current").asString()).isEqualTo("blue");
        assertThat(change.path("desired").asString()).isEqualTo("green");
        assertThat(aws.activeRevisions("web")).hasSize(1);
    }

    @Test
    void applyPolicyLeavesTheRoleWithExactlyTheCompiledPolicy() {
        aws.putRolePolicy("ecsTaskExecutionRole", "web-task-execution", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"s3:*\",\"Resource\":\"*\"}]}");

        JsonNode r = register("?applyPolicy=true&verify=true", spec("blue")).json();

        assertThat(r.path("policyApplied").asBoolean()).isTrue();
        assertThat(r.path("created").asBoolean()).isTrue();
        assertThat(r.at("/actions/0/action").asString()).isEqualTo("iam:PutRolePolicy");
        JsonNode compiled = r.at("/compileResult/executionRolePolicy");
        assertThat(compiled.path("roleName").asString()).isEqualTo("ecsTaskExecutionRole");
        String stored = aws.rolePolicy("ecsTaskExecutionRole", compiled.path("policyName").asString());
        assertThat(JsonMapper.builder().build().readTree(stored)).isEqualTo(compiled.path("document"));
        assertThat(stored).contains(db).doesNotContain("-??????", "s3:*");

        JsonNode again = register("?applyPolicy=true&verify=true", spec("blue")).json();
        assertThat(again.path("policyApplied").asBoolean()).isTrue();
        assertThat(again.path("actions")).as("the policy and the revision are already there").isEmpty();
        JsonNode planned = register("?applyPolicy=true&dryRun=true&verify=true", spec("blue")).json();
        assertThat(planned.path("actions")).isEmpty();
    }

    @Test
    void registerWithVerifyRefusesWhatAwsDoesNotHave() {
        Answer a = app.api().post("/v1/taskdefs/register?verify=true", spec("blue").replace("prod/db", "prod/nope"), "application/json", TOKEN);

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(a.json().path("type").asString()).endsWith("verification-failed");
        assertThat(a.json().at("/errors/0/code").asString()).isEqualTo("SECRET_NOT_FOUND");
        assertThat(a.json().at("/errors/0/pointer").asString()).isEqualTo("/containers/0/secrets/DB_PASSWORD/secret");
        assertThat(aws.activeRevisions("web")).isEmpty();
    }

    @Test
    void theLatestActiveRevisionCountsNotADeregisteredOne() {
        String first = register("", spec("blue")).json().path("taskDefinitionArn").asString();
        String second = register("", spec("green")).json().path("taskDefinitionArn").asString();
        aws.deregister(second);

        JsonNode again = register("", spec("blue")).json();
        assertThat(again.path("created").asBoolean()).isFalse();
        assertThat(again.path("taskDefinitionArn").asString()).isEqualTo(first);
    }

    @Test
    void concurrentIdenticalRegistrationsCreateOneRevision() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<JsonNode>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(() -> register("", spec("blue")).json());
            }
            Set<String> arns = new HashSet<>();
            int created = 0;
            for (Future<JsonNode> f : pool.invokeAll(calls)) {
                arns.add(f.get().path("taskDefinitionArn").asString());
                created += f.get().path("created").asBoolean() ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
            assertThat(arns).containsExactly("arn:aws:ecs:us-east-1:123456789012:task-definition/web:1");
            assertThat(aws.activeRevisions("web")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
