package io.taskdef.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bearer tokens this service accepts, from {@code TASKDEF_API_TOKENS} (comma-separated) and/or the file
 * named by {@code TASKDEF_API_TOKENS_FILE} (tokens separated by commas or newlines). Only SHA-256 digests are
 * kept; a presented token is hashed and compared with every digest in constant time
 * ({@link MessageDigest#isEqual}), so neither its content nor which token matched leaks through timing.
 * Tokens are never logged.
 *
 * <p>The file is read at startup (unreadable: the start fails) and again when a request needs the tokens
 * and {@link #RECHECK_SECONDS} have passed since the last read, so rotating a mounted Kubernetes secret takes
 * effect without a restart. A re-read that fails keeps the tokens read before and logs a warning once.
 */
public final class ApiTokens {

    public static final String ENV_TOKENS = "TASKDEF_API_TOKENS";
    public static final String ENV_TOKENS_FILE = "TASKDEF_API_TOKENS_FILE";
    public static final long RECHECK_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    private final List<byte[]> fromVariable;
    private final Path file;
    private final LongSupplier nanoTime;
    private final AtomicLong nextRead;
    private volatile List<byte[]> digests;
    private volatile boolean rereadFailed;

    private ApiTokens(List<byte[]> fromVariable, Path file, List<byte[]> fromFile, LongSupplier nanoTime) {
        this.fromVariable = List.copyOf(fromVariable);
        this.file = file;
        this.nanoTime = nanoTime;
        this.nextRead = new AtomicLong(nanoTime.getAsLong() + TimeUnit.SECONDS.toNanos(RECHECK_SECONDS));
        this.digests = combined(fromFile);
    }

    /** From the two settings' values (either may be null). A named file that cannot be read is a startup error. */
    public static ApiTokens of(String tokens, String tokensFile) {
        return of(tokens, tokensFile, System::nanoTime);
    }

    static ApiTokens of(String tokens, String tokensFile, LongSupplier nanoTime) {
        List<byte[]> fromVariable = new ArrayList<>();
        addAll(tokens, fromVariable);
        Path file = tokensFile == null || tokensFile.isBlank() ? null : Path.of(tokensFile.strip());
        List<byte[]> fromFile = List.of();
        if (file != null) {
            try {
                fromFile = read(file);
            } catch (IOException e) {
                throw new UncheckedIOException(ENV_TOKENS_FILE + " names a file that cannot be read: " + tokensFile, e);
            }
        }
        return new ApiTokens(fromVariable, file, fromFile, nanoTime);
    }

    public boolean configured() {
        return !current().isEmpty();
    }

    public int count() {
        return current().size();
    }

    public boolean accepts(String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        byte[] presented = sha256(token);
        boolean match = false;
        for (byte[] d : current()) {
            match |= MessageDigest.isEqual(d, presented);
        }
        return match;
    }

    /** The accepted digests, re-reading the file first when it is due (one request re-reads, the others go on). */
    private List<byte[]> current() {
        long now = nanoTime.getAsLong();
        long due = nextRead.get();
        if (file != null && now - due >= 0 && nextRead.compareAndSet(due, now + TimeUnit.SECONDS.toNanos(RECHECK_SECONDS))) {
            reread();
        }
        return digests;
    }

    private void reread() {
        try {
            List<byte[]> fromFile = read(file);
            List<byte[]> next = combined(fromFile);
            if (!sameDigests(next, digests)) {
                log.info("{} changed: {} API token(s) now accepted", ENV_TOKENS_FILE, next.size());
            }
            digests = next;
            rereadFailed = false;
        } catch (IOException e) {
            if (!rereadFailed) {
                log.warn("{} ({}) cannot be read again ({}): keeping the {} API token(s) read before", ENV_TOKENS_FILE, file,
                        e.getClass().getSimpleName(), digests.size());
            }
            rereadFailed = true;
        }
    }

    private List<byte[]> combined(List<byte[]> fromFile) {
        List<byte[]> all = new ArrayList<>(fromVariable);
        all.addAll(fromFile);
        return List.copyOf(all);
    }

    private static boolean sameDigests(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!MessageDigest.isEqual(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<byte[]> read(Path file) throws IOException {
        List<byte[]> digests = new ArrayList<>();
        addAll(Files.readString(file, StandardCharsets.UTF_8), digests);
        return digests;
    }

    private static void addAll(String text, List<byte[]> digests) {
        if (text == null) {
            return;
        }
        for (String t : text.split("[,\\r\\n]")) {
            String token = t.strip();
            if (!token.isEmpty()) {
                digests.add(sha256(token));
            }
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
