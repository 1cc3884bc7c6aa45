package io.taskdef.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.spec.SpecFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompileResponseCacheTest {

    static TaskdefProperties props(long maxBytes) {
        return new TaskdefProperties("us-east-1", new TaskdefProperties.Policy(true, false, false),
                new TaskdefProperties.Limits(262144, 32, 8192, 100000, 500), new TaskdefProperties.Cache(maxBytes),
                new TaskdefProperties.Warmup(java.time.Duration.ZERO));
    }

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void answersTheSameBodyInTheSameFormatOnly() {
        CompileResponseCache cache = new CompileResponseCache(props(1 << 20));
        cache.put(b("{\"family\":\"a\"}"), SpecFormat.JSON, b("result-a"));
        assertThat(cache.get(b("{\"family\":\"a\"}"), SpecFormat.JSON)).isEqualTo(b("result-a"));
        assertThat(cache.get(b("{\"family\":\"a\"}"), SpecFormat.YAML)).isNull();
        assertThat(cache.get(b("{\"family\":\"a\"} "), SpecFormat.JSON)).isNull();
        assertThat(cache.get(b("{\"family\":\"b\"}"), SpecFormat.JSON)).isNull();
    }

    @Test
    void zeroBytesTurnsItOff() {
        CompileResponseCache cache = new CompileResponseCache(props(0));
        cache.put(b("x"), SpecFormat.JSON, b("y"));
        assertThat(cache.get(b("x"), SpecFormat.JSON)).isNull();
    }

    @Test
    void keepsNoMoreBytesThanItsBound() {
        CompileResponseCache cache = new CompileResponseCache(props(10_000));
        for (int i = 0; i < 100; i++) {
            cache.put(b("body-" + i), SpecFormat.JSON, new byte[1000]);
        }
        cache.cleanUp();
        int kept = 0;
        for (int i = 0; i < 100; i++) {
            kept += cache.get(b("body-" + i), SpecFormat.JSON) == null ? 0 : 1;
        }
        assertThat(kept).isBetween(1, 10);
    }
}
