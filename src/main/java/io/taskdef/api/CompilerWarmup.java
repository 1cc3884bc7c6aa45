package io.taskdef.api;

import io.taskdef.api.openapi.ExampleSpecs;
import io.taskdef.api.openapi.ExampleSpecs.SpecExample;
import io.taskdef.compile.Compiler;
import io.taskdef.compile.Outcome;
import io.taskdef.spec.SpecFormat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Compiles the bundled example specs (as JSON and as YAML, response JSON included) for
 * {@code taskdef.warmup.duration} before the service reports ready, so the JIT compiles the compile path
 * while no request waits for it. Without it, a fresh replica under load answers at a fraction of its
 * steady throughput for about a minute (docs/benchmarks.md). Runners run before readiness is reported.
 */
@Component
class CompilerWarmup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CompilerWarmup.class);

    private final Compiler compiler;
    private final Duration duration;

    CompilerWarmup(Compiler compiler, TaskdefProperties props) {
        this.compiler = compiler;
        this.duration = props.warmup().duration();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        List<byte[]> json = new ArrayList<>();
        List<byte[]> yaml = new ArrayList<>();
        for (SpecExample e : ExampleSpecs.load()) {
            json.add(ExampleSpecs.json(e).getBytes(StandardCharsets.UTF_8));
            yaml.add(e.yaml().getBytes(StandardCharsets.UTF_8));
        }
        int bundled = json.size() + yaml.size();
        json.removeIf(body -> !compiles(body, SpecFormat.JSON));
        yaml.removeIf(body -> !compiles(body, SpecFormat.YAML));
        int left = json.size() + yaml.size();
        if (left < bundled) {
            log.warn("warm-up leaves out {} of the {} bundled example bodies: they do not compile with this service's limits",
                    bundled - left, bundled);
        }
        if (left == 0) {
            return;
        }
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        int compiles = 0;
        while (System.nanoTime() - end < 0) {
            for (byte[] body : json) {
                compiler.compile(body, SpecFormat.JSON).result().toJson();
            }
            for (byte[] body : yaml) {
                compiler.compile(body, SpecFormat.YAML).result().toJson();
            }
            compiles += json.size() + yaml.size();
        }
        log.info("warm-up: {} compiles of the example specs in {} ms", compiles, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Whether an example compiles with this service's configuration; one that does not (say, limits set below
     * what the examples need) is left out: warming up must never stop the service from starting.
     */
    private boolean compiles(byte[] body, SpecFormat format) {
        try {
            Outcome o = compiler.compile(body, format);
            if (o.result() == null) {
                return false;
            }
            o.result().toJson();
            return true;
        } catch (RuntimeException e) { // MalformedSpecException: a limit the parser enforces
            return false;
        }
    }
}
