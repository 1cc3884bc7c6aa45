package io.taskdef.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.taskdef.spec.SpecFormat;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * Successful compile responses by request body. Compiling depends only on the body, its format and the
 * service configuration (fixed for the life of the process), and its output is byte-for-byte deterministic,
 * so a repeated body gets the bytes computed the first time. Bounded by the bytes of bodies and responses
 * kept (least recently used out first); {@code taskdef.cache.max-bytes=0} turns it off. Verify and register
 * never use it: their answers depend on AWS.
 */
@Component
class CompileResponseCache {

    private final Cache<Key, byte[]> cache;

    CompileResponseCache(TaskdefProperties props) {
        long max = props.cache().maxBytes();
        this.cache = max <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(max)
                .weigher((Key k, byte[] v) -> k.body.length + v.length)
                .build();
    }

    boolean enabled() {
        return cache != null;
    }

    byte[] get(byte[] body, SpecFormat format) {
        return cache == null ? null : cache.getIfPresent(new Key(body, format));
    }

    void put(byte[] body, SpecFormat format, byte[] response) {
        if (cache != null) {
            cache.put(new Key(body, format), response);
        }
    }

    /** Runs pending evictions now (the cache does it in the background otherwise); for tests. */
    void cleanUp() {
        if (cache != null) {
            cache.cleanUp();
        }
    }

    /** The exact body bytes (not a digest: no collision can hand out another spec's result). */
    private static final class Key {
        final byte[] body;
        final SpecFormat format;
        final int hash;

        Key(byte[] body, SpecFormat format) {
            this.body = body;
            this.format = format;
            this.hash = 31 * Arrays.hashCode(body) + format.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.format == format && Arrays.equals(k.body, body);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
