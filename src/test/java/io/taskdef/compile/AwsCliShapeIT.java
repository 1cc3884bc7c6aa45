package io.taskdef.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.api.openapi.ExampleSpecs;
import io.taskdef.spec.SpecFormat;
import io.taskdef.testing.Tools;
import io.taskdef.wire.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An independent client checks the shape of what we compile: Debian's AWS CLI validates
 * {@code register-task-definition --cli-input-json} against its own ECS model before any network call. The
 * endpoint is a closed loopback port, so "Could not connect" means the input passed validation.
 */
class AwsCliShapeIT {

    static final Path AWS = Tools.requireAt("/usr/bin/aws");
    static final String VALIDATION_FAILED = "Parameter validation failed";
    static final String PASSED_VALIDATION = "Could not connect to the endpoint URL";

    @TempDir
    Path dir;

    static Stream<Arguments> specs() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (ExampleSpecs.SpecExample e : ExampleSpecs.load()) {
            out.add(Arguments.of(e.id(), e.yaml()));
        }
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/specs"))) {
            for (Path f : files.sorted().toList()) {
                out.add(Arguments.of(f.getFileName().toString(), Files.readString(f)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void compiledTaskDefinitionPassesTheAwsCliParameterValidation(String name, String yaml) throws Exception {
        Outcome outcome = new Compiler().compile(yaml.getBytes(StandardCharsets.UTF_8), SpecFormat.YAML);
        assertThat(outcome.errors()).as(name).isEmpty();
        String output = registerWithAwsCli(Json.write(outcome.result().taskDefinition()));
        assertThat(output).as(name).doesNotContain(VALIDATION_FAILED).doesNotContain("Unknown parameter").contains(PASSED_VALIDATION);
    }

    @Test
    void theAwsCliDoesRejectABadShape() throws Exception {
        String output = registerWithAwsCli("{\"family\":\"x\",\"cpu\":512,\"containerDefinitions\":[{\"name\":\"a\",\"image\":\"b\",\"secret\":[]}]}");
        assertThat(output).contains(VALIDATION_FAILED).contains("Invalid type for parameter cpu").contains("Unknown parameter");
    }

    private String registerWithAwsCli(String json) throws Exception {
        Path input = Files.createTempFile(dir, "taskdef", ".json");
        Files.writeString(input, json, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(AWS.toString(), "ecs", "register-task-definition",
                "--cli-input-json", "file://" + input, "--endpoint-url", "http://127.0.0.1:9", "--region", "us-east-1",
                "--cli-connect-timeout", "1").redirectErrorStream(true);
        pb.environment().put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
        pb.environment().put("AWS_SECRET_ACCESS_KEY", "dummy-secret-for-a-closed-port");
        pb.environment().put("AWS_MAX_ATTEMPTS", "1");
        pb.environment().put("AWS_CONFIG_FILE", "/dev/null");
        pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
