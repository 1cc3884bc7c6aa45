package io.taskdef.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** bench/core-cpu.sh applies bench/core-cpu-probe.patch to the compile endpoint: the patch has to keep applying. */
class CoreCpuProbePatchTest {

    @Test
    void theProbePatchAppliesToTheCurrentController() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "apply", "--check", "bench/core-cpu-probe.patch").redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor()).as("git apply --check bench/core-cpu-probe.patch: %s (update the patch with the controller)", out)
                .isZero();
    }
}
