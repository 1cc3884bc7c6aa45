package io.taskdef.model;

import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskdef.arn.Partition;
import io.taskdef.compile.Compiler;
import io.taskdef.compile.Outcome;
import io.taskdef.rules.Specs;
import io.taskdef.spec.SpecLimits;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.EphemeralStorage;
import software.amazon.awssdk.services.ecs.model.HealthCheck;
import software.amazon.awssdk.services.ecs.model.PidMode;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.Ulimit;

class ModelBuilderTest {

    static RegisterTaskDefinitionRequest taskDefinition(Specs.Spec s) {
        return ok(s.compile()).result().taskDefinition();
    }

    static ContainerDefinition container(Specs.Spec s) {
        return taskDefinition(s).containerDefinitions().get(0);
    }

    @Test
    void taskOverridesAreMergedIntoTheRequest() {
        RegisterTaskDefinitionRequest td = taskDefinition(Specs.fargate()
                .set("/overrides/pidMode", "task").set("/overrides/ephemeralStorage/sizeInGiB", 30));
        assertEquals(PidMode.TASK, td.pidMode());
        assertEquals(EphemeralStorage.builder().sizeInGiB(30).build(), td.ephemeralStorage());
    }

    @Test
    void containerOverridesAreMergedIntoTheContainer() {
        ContainerDefinition c = container(Specs.fargate()
                .set("/containers/0/overrides/healthCheck", Map.of("command", List.of("CMD-SHELL", "curl -f localhost"), "interval", 30))
                .set("/containers/0/overrides/ulimits/0", Map.of("name", "nofile", "softLimit", 1024, "hardLimit", 4096))
                .set("/containers/0/overrides/dockerLabels/team", "payments")
                .set("/containers/0/overrides/readonlyRootFilesystem", true));
        assertEquals(HealthCheck.builder().command("CMD-SHELL", "curl -f localhost").interval(30).build(), c.healthCheck());
        assertEquals(List.of(Ulimit.builder().name("nofile").softLimit(1024).hardLimit(4096).build()), c.ulimits());
        assertEquals(Map.of("team", "payments"), c.dockerLabels());
        assertTrue(c.readonlyRootFilesystem());
    }

    /** Overrides are checked against the ECS model: unknown fields (with a hint), wrong types, fields the spec owns. */
    @ParameterizedTest
    @CsvSource({
            "/overrides/pidModes,                                 UNKNOWN_ECS_FIELD, 'not a field of RegisterTaskDefinition; did you mean ''pidMode''?'",
            "/overrides/containerDefinitions,                     OVERRIDE_CONFLICT, describe containers under 'containers'",
            "/overrides/family,                                   OVERRIDE_CONFLICT, set 'family'",
            "/overrides/requiresCompatibilities,                  OVERRIDE_CONFLICT, set 'launchType'",
            "/containers/0/overrides/healthcheck,                 UNKNOWN_ECS_FIELD, 'an ECS container definition; did you mean ''healthCheck''?'",
            "/containers/0/overrides/secrets,                     OVERRIDE_CONFLICT, so the execution role policy covers them",
            "/containers/0/overrides/logConfiguration,            OVERRIDE_CONFLICT, set the container's 'logging'",
            "/containers/0/overrides/portMappings,                OVERRIDE_CONFLICT, under the container's 'ports'"})
    void overrideProblems(String pointer, String code, String says) {
        errorSays(Specs.fargate().set(pointer, "x").compile(), code, pointer, says);
    }

    @ParameterizedTest
    @CsvSource({
            "/overrides/ephemeralStorage/sizeInGiB,               '\"30\"',   expected an integer for this ECS field, found a string",
            "/overrides/ephemeralStorage,                         '30',       expected an object for this ECS field, found a number",
            "/overrides/pidMode,                                  'true',     expected a string for this ECS field, found a boolean",
            "/containers/0/overrides/readonlyRootFilesystem,      '\"yes\"',  expected true or false for this ECS field, found a string",
            "/containers/0/overrides/ulimits,                     '{}',       expected an array for this ECS field, found a object",
            "/containers/0/overrides/ulimits/0/hardLimit,         '1.5',      expected an integer for this ECS field, found a number",
            "/containers/0/overrides/dockerLabels,                '[]',       expected an object for this ECS field, found a array",
            "/containers/0/overrides/stopTimeout,                 '99999999999', expected an integer in range for this ECS field"})
    void overrideTypes(String pointer, String json, String says) {
        String body = Specs.fargate().set(pointer, "@@V@@").json().replace("\"@@V@@\"", json);
        errorSays(Specs.json(body), "INVALID_TYPE", pointer, says);
    }

    @Test
    void unknownFieldInsideAnOverrideObject() {
        errorSays(Specs.fargate().set("/containers/0/overrides/healthCheck/comand", List.of("x")).compile(), "UNKNOWN_ECS_FIELD",
                "/containers/0/overrides/healthCheck/comand", "is not a field of 'healthCheck'; did you mean 'command'?");
    }

    /** awslogs without options gets /ecs/FAMILY, the task's region and the container name; given options win. */
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "us-east-1,  -,          -,         '{awslogs-group=/ecs/web, awslogs-region=us-east-1, awslogs-stream-prefix=app}'",
            "eu-west-1,  -,          -,         '{awslogs-group=/ecs/web, awslogs-region=eu-west-1, awslogs-stream-prefix=app}'",
            "us-east-1,  /team/web,  -,         '{awslogs-group=/team/web, awslogs-region=us-east-1, awslogs-stream-prefix=app}'",
            "us-east-1,  -,          svc,       '{awslogs-group=/ecs/web, awslogs-region=us-east-1, awslogs-stream-prefix=svc}'"})
    void awslogsDefaults(String region, String group, String prefix, String options) {
        Specs.Spec s = Specs.fargate().set("/region", region).set("/containers/0/logging/driver", "AWSLOGS");
        if (group != null) {
            s.set("/containers/0/logging/options/awslogs-group", group);
        }
        if (prefix != null) {
            s.set("/containers/0/logging/options/awslogs-stream-prefix", prefix);
        }
        ContainerDefinition c = container(s);
        assertEquals("awslogs", c.logConfiguration().logDriverAsString());
        assertEquals(options, c.logConfiguration().options().toString());
    }

    @Test
    void otherDriversKeepTheirOptionsAsGiven() {
        ContainerDefinition c = container(Specs.fargate().set("/containers/0/logging/driver", "splunk")
                .set("/containers/0/logging/options/splunk-url", "https://splunk:8088"));
        assertEquals(Map.of("splunk-url", "https://splunk:8088"), c.logConfiguration().options());
        assertNull(container(Specs.fargate()).logConfiguration(), "no logging, no log configuration");
    }

    /** Defaults and normalisation of the model. */
    @Test
    void defaults() {
        TaskModel fargate = ok(Specs.fargate().remove("/region").remove("/account").compile()).model();
        assertEquals("us-east-1", fargate.region());
        assertEquals(Partition.AWS, fargate.partition());
        assertEquals("123456789012", fargate.account(), "taken from executionRoleArn");
        assertEquals("FARGATE", fargate.launchType());
        assertEquals("LINUX", fargate.os());
        assertEquals("awsvpc", fargate.networkMode());
        assertEquals(Version.parse("1.4.0"), fargate.platformVersion());
        assertTrue(fargate.kmsViaService());

        TaskModel windows = ok(Specs.fargate().set("/os", "windows_server_2022_core").set("/cpu", 1024).set("/memory", 2048).compile()).model();
        assertEquals("WINDOWS_SERVER_2022_CORE", windows.os());
        assertEquals(Version.parse("1.0.0"), windows.platformVersion());

        TaskModel ec2 = ok(Specs.ec2().set("/region", "cn-north-1").set("/executionRoleArn", "arn:aws-cn:iam::210987654321:role/x")
                .remove("/account").set("/launchType", "ec2").compile()).model();
        assertEquals("EC2", ec2.launchType());
        assertNull(ec2.networkMode());
        assertNull(ec2.platformVersion());
        assertEquals(Partition.AWS_CN, ec2.partition());
        assertEquals("210987654321", ec2.account());
    }

    @Test
    void accountFromTheTaskRoleWithoutAnExecutionRole() {
        TaskModel m = ok(Specs.fargate().remove("/account").remove("/executionRoleArn")
                .set("/taskRoleArn", "arn:aws:iam::210987654321:role/t").compile()).model();
        assertEquals("210987654321", m.account());
    }

    @Test
    void serviceDefaultsAndSpecSwitches() {
        Compiler plain = new Compiler(new ModelDefaults("eu-west-1", false, true, true), SpecLimits.DEFAULT);
        TaskModel m = Specs.fargate().remove("/region").compile(plain, Facts.NONE).model();
        assertEquals("eu-west-1", m.region());
        assertFalse(m.kmsViaService());
        assertTrue(m.ecrPull());
        assertTrue(m.logsGrant());
        TaskModel switched = Specs.fargate().set("/policy/kmsViaService", true).set("/policy/ecrPull", false).compile(plain, Facts.NONE).model();
        assertTrue(switched.kmsViaService());
        assertFalse(switched.ecrPull());
    }

    /** How each reference form resolves: raw names are SSM parameters, names expand to partial ARNs. */
    @ParameterizedTest
    @CsvSource({
            "'\"prod-db\"',                                                     parameter, arn:aws:ssm:us-east-1:123456789012:parameter/prod-db",
            "'\"/prod/db\"',                                                    parameter, arn:aws:ssm:us-east-1:123456789012:parameter/prod/db",
            "'\"arn:aws:ssm:us-east-1:123456789012:parameter/prod/db\"',        parameter, arn:aws:ssm:us-east-1:123456789012:parameter/prod/db",
            "'{\"parameter\": \"prod-db\"}',                                    parameter, arn:aws:ssm:us-east-1:123456789012:parameter/prod-db",
            "'{\"secret\": \"prod/db\"}',                                       secret,    arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db",
            "'{\"secret\": \"prod/db\", \"jsonKey\": \"k\"}',                   secret,    arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db:k::",
            "'\"arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf\"', secret, arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"})
    void referenceForms(String json, String kind, String valueFrom) {
        String body = Specs.fargate().secret("S", "@@V@@").json().replace("\"@@V@@\"", json);
        ResolvedRef r = ok(Specs.json(body)).model().refs().get(0);
        assertTrue(r.resolved());
        assertEquals(kind, r.secret() != null ? "secret" : "parameter");
        assertEquals(valueFrom, r.valueFrom());
        assertEquals("/containers/0/secrets/S", r.pointer());
        assertEquals(ResolvedRef.Use.ENVIRONMENT, r.use());
    }

    /** What verifying found replaces names and partial ARNs: the complete ARN in valueFrom and in the policy. */
    @Test
    void completeArnFromVerifying() {
        String complete = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-Xy12Zw";
        Facts facts = new Facts(Map.of("/containers/0/secrets/S", complete), Map.of());
        Outcome o = ok(Specs.fargate().secret("S", ref("secret", "prod/db", "jsonKey", "password")).compile(new Compiler(), facts));
        assertEquals(complete + ":password::", o.result().taskDefinition().containerDefinitions().get(0).secrets().get(0).valueFrom());
        assertEquals(List.of(complete), o.result().executionRolePolicy().document().statement().get(0).resource());
    }

    /** A customer-managed key found by verifying is granted like a declared one. */
    @Test
    void customerKeyFromVerifying() {
        Facts facts = new Facts(Map.of(), Map.of("/containers/0/secrets/S", Specs.KEY_ARN));
        Outcome o = ok(Specs.fargate().secret("S", ref("secret", "prod/db")).compile(new Compiler(), facts));
        ResolvedRef r = o.model().refs().get(0);
        assertTrue(r.kmsDiscovered());
        assertEquals(Specs.KEY_ARN, r.kms().arn());
        assertEquals(List.of(Specs.KEY_ARN), o.result().executionRolePolicy().document().statement().get(1).resource());
    }
}
