package io.taskdef.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real {@code moto_server} (the AWS wire protocol for ECS, IAM, Secrets Manager, SSM, KMS and STS on one
 * port) for integration tests: started on a free loopback port before the test class, emptied with
 * {@code POST /moto-api/reset} before each test, stopped after the class. A missing moto fails the test
 * ({@link Tools#require}); nothing is skipped. {@link #stop()} and {@link #start()} let a test take AWS away
 * and bring it back on the same port. Its output goes to {@code target/it-logs/moto-<port>.log}.
 *
 * <pre>{@code @RegisterExtension static final MotoServer moto = new MotoServer();}</pre>
 */
public final class MotoServer implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    public static final String ACCOUNT = "123456789012";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int port = FreePort.find();
    private Process process;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** Starts moto on this fixture's port and waits until it answers. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        Path moto = Tools.require("moto_server");
        Path log = Path.of("target", "it-logs", "moto-" + port + ".log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(List.of(moto.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port)))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("moto_server exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            return answers();
        });
    }

    /** Stops moto and waits for its process to exit. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Empties every service: each test starts from nothing. */
    public void reset() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/moto-api/reset")).POST(HttpRequest.BodyPublishers.noBody()).build());
        if (r.statusCode() != 200) {
            throw new AssertionError("POST /moto-api/reset answered " + r.statusCode() + ": " + r.body());
        }
    }

    public int port() {
        return port;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    private URI uri(String path) {
        return URI.create(endpoint() + path);
    }

    private boolean answers() {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri("/moto-api/")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
