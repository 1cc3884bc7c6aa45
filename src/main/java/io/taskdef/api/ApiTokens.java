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

/**
 * The bearer tokens this service accepts, from {@code TASKDEF_API_TOKENS} (comma-separated) and/or the file
 * named by {@code TASKDEF_API_TOKENS_FILE} (tokens separated by commas or newlines). Only SHA-256 digests are
 * kept; a presented token is hashed and compared with every digest in constant time
 * ({@link MessageDigest#isEqual}), so neither its content nor which token matched leaks through timing.
 * Tokens are never logged.
 */
public final class ApiTokens {

    public static final String ENV_TOKENS = "TASKDEF_API_TOKENS";
    public static final String ENV_TOKENS_FILE = "TASKDEF_API_TOKENS_FILE";

    private final List<byte[]> digests;

    private ApiTokens(List<byte[]> digests) {
        this.digests = List.copyOf(digests);
    }

    /** From the two settings' values (either may be null). A named file that cannot be read is a startup error. */
    public static ApiTokens of(String tokens, String tokensFile) {
        List<byte[]> digests = new ArrayList<>();
        addAll(tokens, digests);
        if (tokensFile != null && !tokensFile.isBlank()) {
            try {
                addAll(Files.readString(Path.of(tokensFile.strip()), StandardCharsets.UTF_8), digests);
            } catch (IOException e) {
                throw new UncheckedIOException(ENV_TOKENS_FILE + " names a file that cannot be read: " + tokensFile, e);
            }
        }
        return new ApiTokens(digests);
    }

    public boolean configured() {
        return !digests.isEmpty();
    }

    public int count() {
        return digests.size();
    }

    public boolean accepts(String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        byte[] presented = sha256(token);
        boolean match = false;
        for (byte[] d : digests) {
            match |= MessageDigest.isEqual(d, presented);
        }
        return match;
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
