package io.taskdef.container;

import io.taskdef.testing.ExternalCommand;
import io.taskdef.testing.Tools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A local base image for the container tests, since base images cannot be pulled here: a Debian bookworm
 * root filesystem with OpenJDK 17's headless JRE (the jar targets Java 17), made by mmdebstrap, cached as
 * a tarball under {@code target/container-it/} between runs, and loaded with {@code podman import}.
 */
final class DebianJreImage {

    static final Path TARBALL = Tools.projectRoot().resolve("target/container-it/bookworm-openjdk-17-jre-headless.tar");
    private static final String PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private DebianJreImage() {
    }

    /** The cached root filesystem tarball, made first when it is missing (about 1-3 minutes). */
    static Path rootfs(Path mmdebstrap) {
        if (Files.isRegularFile(TARBALL)) {
            return TARBALL;
        }
        Path partial = TARBALL.resolveSibling(TARBALL.getFileName() + ".partial");
        try {
            Files.createDirectories(TARBALL.getParent());
            Files.deleteIfExists(partial);
            ExternalCommand.of(mmdebstrap, "--variant=minbase", "--format=tar", "--include=openjdk-17-jre-headless",
                            "--dpkgopt=path-exclude=/usr/share/doc/*",
                            "--dpkgopt=path-exclude=/usr/share/locale/*", "bookworm", partial.toString())
                    .run("mmdebstrap", Duration.ofMinutes(15));
            Files.move(partial, TARBALL, StandardCopyOption.ATOMIC_MOVE);
            return TARBALL;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the tarball as the image {@code tag}, with a PATH (an imported image has no config). */
    static void importAs(Path podman, Path tarball, String tag) {
        ExternalCommand.of(podman, "import", "--change", "ENV " + PATH, tarball.toString(), tag)
                .run("podman-import", Duration.ofMinutes(5));
    }
}
