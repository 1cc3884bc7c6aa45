package io.taskdef.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.testing.AppJar;
import io.taskdef.testing.ExternalCommand;
import io.taskdef.testing.Tools;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI as a person uses it, in Debian's Chromium driven by playwright-core (e2e/swagger-ui.mjs):
 * expand the compile operation, "Try it out", pick the worked example, "Execute", read the task definition
 * and the policy in the rendered response. The screenshots stay in target/swagger-ui/.
 */
class SwaggerUiIT {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void aPersonCompilesAWorkedExampleInSwaggerUi() throws IOException {
        Path node = Tools.require("node");
        Tools.requireAt("/usr/bin/chromium");
        Path e2e = Tools.projectRoot().resolve("e2e");
        if (!Files.isDirectory(e2e.resolve("node_modules/playwright-core"))) {
            throw new AssertionError("e2e/node_modules/playwright-core is missing: run scripts/setup.sh (npm ci in e2e)");
        }
        Path screenshot = Tools.projectRoot().resolve("target/swagger-ui/compile-try-it-out.png");
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        Files.deleteIfExists(screenshot.resolveSibling("compile-try-it-out-policy.png"));

        try (AppJar app = AppJar.start("swagger-ui", Map.of())) {
            String out = ExternalCommand.of(node, "swagger-ui.mjs", app.baseUrl(), screenshot.toString()).in(e2e)
                    .run("swagger-ui-browser", Duration.ofMinutes(4)).output();
            assertThat(out).contains("status 200; the response shows").contains("secretsmanager:GetSecretValue");
        }

        assertIsAPageScreenshot(screenshot);
        assertIsAPageScreenshot(screenshot.resolveSibling("compile-try-it-out-policy.png"));
    }

    private static void assertIsAPageScreenshot(Path file) throws IOException {
        byte[] png = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).as(file.toString()).isEqualTo(PNG_SIGNATURE);
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8); // IHDR: width, height
        assertThat(header.getInt()).isEqualTo(1400);
        assertThat(header.getInt()).isEqualTo(1800);
        assertThat(png.length).as("a rendered page, not a blank one").isGreaterThan(100_000);
    }
}
