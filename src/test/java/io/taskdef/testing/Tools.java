package io.taskdef.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the external tools the integration tests drive. Order: the system property {@code tools.<name>},
 * the project's own install locations (.venv/bin, .tools/bin, e2e/node_modules/.bin, written by
 * scripts/setup.sh), then PATH. A missing tool fails the test: CI must never skip one.
 */
public final class Tools {

    private static final List<String> PROJECT_DIRS = List.of(".venv/bin", ".tools/bin", "e2e/node_modules/.bin");

    private Tools() {
    }

    public static Path require(String name) {
        String configured = System.getProperty("tools." + name);
        if (configured != null) {
            Path p = Path.of(configured);
            if (Files.isExecutable(p)) {
                return p;
            }
            throw new AssertionError("tools." + name + "=" + configured + " is not an executable file");
        }
        for (String dir : PROJECT_DIRS) {
            Path p = projectRoot().resolve(dir).resolve(name);
            if (Files.isExecutable(p)) {
                return p.toAbsolutePath();
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        throw new AssertionError(name + " is not installed: run scripts/setup.sh (it installs every tool the tests use)");
    }

    /** A tool at a fixed system path, such as Debian's /usr/bin/aws or /usr/bin/chromium. */
    public static Path requireAt(String path) {
        Path p = Path.of(path);
        if (!Files.isExecutable(p)) {
            throw new AssertionError(path + " is not installed: run scripts/setup.sh (it installs every tool the tests use)");
        }
        return p;
    }

    public static Path projectRoot() {
        return Path.of("").toAbsolutePath();
    }
}
