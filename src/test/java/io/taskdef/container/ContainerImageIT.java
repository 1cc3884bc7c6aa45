package io.taskdef.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdef.testing.ApiClient.Answer;
import io.taskdef.testing.ApiClient;
import io.taskdef.testing.AppJar;
import io.taskdef.testing.ExternalCommand;
import io.taskdef.testing.FreePort;
import io.taskdef.testing.Tools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Dockerfile really builds and the image really serves: {@code podman build --isolation=chroot} with a
 * local Debian JRE base image ({@link DebianJreImage}) and the prebuilt jar ({@code --target prebuilt}),
 * then the image's own entrypoint started with {@code buildah run --isolation chroot --network host}, asked
 * for health and a compile. Everything it creates is removed afterwards; the rootfs tarball stays cached.
 */
class ContainerImageIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RUN_ID = UUID.randomUUID().toString().substring(0, 8);
    private static final String BASE_IMAGE = "localhost/taskdef-it-jre17:" + RUN_ID;
    private static final String IMAGE = "localhost/taskdef-compiler-it:" + RUN_ID;
    private static final String CONTAINER = "taskdef-compiler-it-" + RUN_ID;

    private final Path podman = Tools.require("podman");
    private final Path buildah = Tools.require("buildah");
    private final Path mmdebstrap = Tools.require("mmdebstrap");
    private static final String BUILD_LOG = "podman-build-" + RUN_ID;
    private Process container;
    private boolean containerCreated;

    @Test
    void theImageBuildsWithPodmanAndTheContainerAnswersHealthAndCompile() throws IOException {
        AppJar.jar(); // the prebuilt jar must exist: integration tests run after `mvn package`
        Path tarball = DebianJreImage.rootfs(mmdebstrap);
        DebianJreImage.importAs(podman, tarball, BASE_IMAGE);

        ExternalCommand.Result build = ExternalCommand.of(podman, "build", "--isolation=chroot", "--pull=never",
                        "--build-arg", "RUNTIME_IMAGE=" + BASE_IMAGE, "--target", "prebuilt",
                        "--tag", IMAGE, ".")
                .run(BUILD_LOG, Duration.ofMinutes(10));
        System.out.printf("podman build took %d s%n", build.took().toSeconds());

        JsonNode config = inspect(IMAGE).get("Config");
        assertThat(config.get("User").asString()).as("a numeric non-root user").isEqualTo("10001:10001");
        assertThat(config.get("Env").toString()).doesNotContainIgnoringCase("token").doesNotContainIgnoringCase("secret")
                .contains("SERVER_PORT=8080").contains("MaxRAMPercentage");
        assertApplicationLayerIsSmall();

        int port = FreePort.find();
        List<String> run = new ArrayList<>(List.of("run", "--isolation", "chroot", "--network", "host",
                "-e", "SERVER_PORT=" + port, "-e", "SERVER_ADDRESS=127.0.0.1", CONTAINER, "--"));
        config.get("Entrypoint").forEach(part -> run.add(part.asString()));
        ExternalCommand.of(buildah, "from", "--pull-never", "--name", CONTAINER, IMAGE).run("buildah-from", Duration.ofMinutes(2));
        containerCreated = true;
        container = ExternalCommand.of(buildah, run.toArray(String[]::new)).start("container-" + RUN_ID);
        Path log = Tools.projectRoot().resolve("target/it-logs/container-" + RUN_ID + ".log");
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).ignoreExceptionsInstanceOf(UncheckedIOException.class)
                .until(() -> {
                    if (!container.isAlive()) {
                        throw new AssertionError("the container exited with " + container.exitValue() + ":\n" + ExternalCommand.read(log));
                    }
                    return api.get("/actuator/health/readiness").status() == 200;
                });

        Answer health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        String spec = Files.readString(Tools.projectRoot().resolve("src/main/resources/examples/02-json-key.yaml"));
        Answer compiled = api.postYaml("/v1/taskdefs/compile", spec, null);
        assertThat(compiled.status()).as(compiled.body()).isEqualTo(200);
        assertThat(compiled.body()).contains("\"containerDefinitions\"")
                .contains("secret:appauthexample-AbCdEf:username1::")
                .contains("secretsmanager:GetSecretValue");

        assertThat(javaProcessUid()).as("the JVM in the container runs as the image's user").isEqualTo("10001");
    }

    /** Spring Boot's layers are separate image layers: a code change rebuilds only a small one. */
    private void assertApplicationLayerIsSmall() {
        String history = ExternalCommand.of(podman, "history", "--format", "json", IMAGE).run("podman-history", Duration.ofMinutes(1)).output();
        List<Long> copySizes = new ArrayList<>();
        JSON.readTree(history).forEach(layer -> {
            if (layer.get("CreatedBy").asString().contains("COPY")) {
                copySizes.add(layer.get("size").asLong());
            }
        });
        assertThat(copySizes).as("dependencies, spring-boot-loader, snapshot-dependencies, application").hasSize(4);
        long application = copySizes.get(0); // newest first
        long dependencies = copySizes.get(copySizes.size() - 1);
        assertThat(application).isLessThan(2_000_000L);
        assertThat(dependencies).isGreaterThan(20_000_000L);
    }

    private String javaProcessUid() throws IOException {
        ProcessHandle java = container.descendants()
                .filter(h -> h.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no java process under buildah run"));
        return Files.readAllLines(Path.of("/proc", String.valueOf(java.pid()), "status")).stream()
                .filter(l -> l.startsWith("Uid:")).map(l -> l.split("\\s+")[1]).findFirst().orElseThrow();
    }

    private JsonNode inspect(String image) {
        String out = ExternalCommand.of(podman, "image", "inspect", image).run("podman-inspect", Duration.ofMinutes(1)).output();
        return JSON.readTree(out).get(0);
    }

    private void rmi(String... images) {
        if (images.length > 0) {
            List<String> args = new ArrayList<>(List.of("rmi", "--ignore"));
            args.addAll(List.of(images));
            ExternalCommand.of(podman, args.toArray(String[]::new)).run("podman-rmi", Duration.ofMinutes(2));
        }
    }

    /** The image ids podman printed for each build step ("--> 0123456789a"), newest first. */
    private static List<String> buildStepImages() {
        Path log = Tools.projectRoot().resolve("target/it-logs/" + BUILD_LOG + ".log");
        if (!Files.exists(log)) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(ExternalCommand.read(log).lines()
                .filter(l -> l.matches("--> [0-9a-f]{11,64}")).map(l -> l.substring(4)).toList());
        Collections.reverse(ids);
        return ids;
    }

    @AfterEach
    void removeEverythingThisTestMade() {
        if (container != null) {
            ExternalCommand.kill(container);
        }
        if (containerCreated) {
            ExternalCommand.of(buildah, "rm", CONTAINER).run("buildah-rm", Duration.ofMinutes(2));
        }
        // The tagged image, then the images of every build step (newest first), then the base image.
        List<String> steps = buildStepImages();
        rmi(IMAGE);
        rmi(steps.toArray(String[]::new));
        rmi(BASE_IMAGE);
        List<String> left = ExternalCommand.of(podman, "images", "--all", "--quiet", "--no-trunc")
                .run("podman-images", Duration.ofMinutes(1)).output().lines()
                .filter(id -> steps.stream().anyMatch(step -> id.replace("sha256:", "").startsWith(step))).toList();
        assertThat(left).as("images this test built and did not remove").isEmpty();
    }
}
