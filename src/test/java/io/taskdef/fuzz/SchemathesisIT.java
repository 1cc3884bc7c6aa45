package io.taskdef.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.testing.AwsApp;
import io.taskdef.testing.MotoServer;
import io.taskdef.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Property-based fuzzing of the running jar from its own OpenAPI document with schemathesis (pinned in
 * requirements-test.txt): every operation, verify and register included (against moto, with a token), at
 * least 2,000 generated requests, no 5xx, every response conforming to its documented status, content type
 * and schema. The settings and the two checks left out, with their reasons, are in fuzz/schemathesis.toml.
 */
class SchemathesisIT {

    static final String TOKEN = "fuzz-token-7f3a";
    static final int MIN_REQUESTS = 2000;

    @RegisterExtension
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    static final AwsApp app = new AwsApp("schemathesis-it", moto, TOKEN);

    @Test
    void fuzzingTheWholeApiFindsNoServerErrorAndNoSchemaViolation() throws Exception {
        Path reports = Path.of("target", "schemathesis").toAbsolutePath();
        Files.createDirectories(reports);
        Path output = reports.resolve("output.txt");
        ProcessBuilder pb = new ProcessBuilder(Tools.require("schemathesis").toString(),
                "--config-file", Path.of("fuzz", "schemathesis.toml").toAbsolutePath().toString(), "--no-color",
                "run", app.baseUrl() + "/v3/api-docs",
                "--header", "Authorization: Bearer " + TOKEN,
                "--report", "junit", "--report-junit-path", reports.resolve("junit.xml").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().put("SCHEMATHESIS_TELEMETRY", "false");
        Process p = pb.start();
        assertThat(p.waitFor(20, TimeUnit.MINUTES)).as("schemathesis finished within 20 minutes").isTrue();
        String out = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println(out.substring(Math.max(0, out.indexOf("SUMMARY") - 40)));

        assertThat(p.exitValue()).as(out).isZero();
        Matcher generated = Pattern.compile("(\\d+) generated").matcher(out);
        assertThat(generated.find()).as("schemathesis summary").isTrue();
        assertThat(Integer.parseInt(generated.group(1))).isGreaterThanOrEqualTo(MIN_REQUESTS);
        assertThat(out).doesNotContain("Server error");
        assertThat(app.log()).doesNotContain("unexpected failure").doesNotContain(TOKEN);
    }
}
