package io.taskdef.bench;

import io.taskdef.compile.Compiler;
import io.taskdef.compile.Outcome;
import io.taskdef.spec.SpecFormat;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The compile core, as the compile endpoint uses it: request bytes in, response bytes out. Specs:
 * small (1 container, 1 secret), medium (3 containers, 10 references, a customer-managed key, splunk
 * secretOptions), large (10 containers, 100 references). Run with bench/jmh.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CompileBenchmark {

    @Param({"small", "medium", "large"})
    public String spec;

    private Compiler compiler;
    private byte[] body;

    @Setup
    public void setUp() throws IOException {
        compiler = new Compiler();
        try (InputStream in = CompileBenchmark.class.getResourceAsStream("/bench/" + spec + ".json")) {
            body = in.readAllBytes();
        }
        Outcome o = compiler.compile(body, SpecFormat.JSON);
        if (!o.ok()) {
            throw new IllegalStateException(spec + " does not compile: " + o.errors());
        }
    }

    /** Parse, bind, resolve, check every rule, render, and write the response JSON. */
    @Benchmark
    public byte[] compileToJson() {
        return compiler.compile(body, SpecFormat.JSON).result().toJson();
    }

    /** The same without writing the response. */
    @Benchmark
    public Outcome compileOnly() {
        return compiler.compile(body, SpecFormat.JSON);
    }
}
