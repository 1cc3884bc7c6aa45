package io.taskdef.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.compile.Compiler;
import io.taskdef.model.ModelDefaults;
import io.taskdef.spec.SpecLimits;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class CompilerWarmupTest {

    private static TaskdefProperties props(Duration warmup) {
        return new TaskdefProperties("us-east-1", new TaskdefProperties.Policy(true, false, false),
                new TaskdefProperties.Limits(262144, 32, 8192, 100000, 500), new TaskdefProperties.Cache(0),
                new TaskdefProperties.Warmup(warmup));
    }

    /** Every bundled example compiles (as JSON and as YAML) over and over for the configured time, then says how often. */
    @Test
    void compilesTheExamplesForTheConfiguredTime(CapturedOutput output) {
        long start = System.nanoTime();
        new CompilerWarmup(new Compiler(), props(Duration.ofMillis(300))).run(null);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        Matcher m = Pattern.compile("warm-up: (\\d+) compiles of the example specs in (\\d+) ms").matcher(output.getOut());
        assertThat(m.find()).as(output.getOut()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).as("at least one round of 9 examples, each as JSON and YAML").isGreaterThanOrEqualTo(18);
    }

    /** Limits below what the examples need leave them out (with a warning) instead of failing the start. */
    @Test
    void examplesThatDoNotCompileHereAreLeftOutNeverFailTheStart(CapturedOutput output) {
        TaskdefProperties p = props(Duration.ofMillis(100));
        for (SpecLimits limits : new SpecLimits[] {new SpecLimits(32, 8192, 100000, 10, 0), new SpecLimits(4, 8192, 100000, 10, 500),
                new SpecLimits(32, 64, 100000, 10, 500)}) {
            new CompilerWarmup(new Compiler(ModelDefaults.STANDARD, limits), p).run(null);
        }
        assertThat(output.getOut()).contains("warm-up leaves out 18 of the 18 bundled example bodies");
    }

    @Test
    void zeroTurnsItOff(CapturedOutput output) {
        new CompilerWarmup(new Compiler(), props(Duration.ZERO)).run(null);
        assertThat(output.getOut()).doesNotContain("warm-up:");
    }
}
