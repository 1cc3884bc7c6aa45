package io.taskdef.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(OutputCaptureExtension.class)
class ApiTokensTest {

    @Test
    void tokensFromTheCommaSeparatedVariable() {
        ApiTokens t = ApiTokens.of(" alpha-1 , beta-2,,", null);
        assertThat(t.count()).isEqualTo(2);
        assertThat(t.accepts("alpha-1")).isTrue();
        assertThat(t.accepts("beta-2")).isTrue();
        assertThat(t.accepts("alpha-")).isFalse();
        assertThat(t.accepts("alpha-1 ")).isFalse();
        assertThat(t.accepts("")).isFalse();
        assertThat(t.accepts(null)).isFalse();
    }

    @Test
    void tokensFromTheFileOneALineOrCommaSeparatedAddToTheVariable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens");
        Files.writeString(file, "from-file-1\r\nfrom-file-2,from-file-3\n\n");
        ApiTokens t = ApiTokens.of("from-env", file.toString());
        assertThat(t.count()).isEqualTo(4);
        assertThat(t.accepts("from-file-3")).isTrue();
        assertThat(t.accepts("from-env")).isTrue();
    }

    @Test
    void nothingConfiguredAcceptsNothing() {
        ApiTokens t = ApiTokens.of("  ", "");
        assertThat(t.configured()).isFalse();
        assertThat(t.accepts("anything")).isFalse();
    }

    @Test
    void anUnreadableFileStopsTheStartAndTheMessageNamesOnlyTheFile(@TempDir Path dir) {
        assertThatThrownBy(() -> ApiTokens.of(null, dir.resolve("missing").toString()))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("TASKDEF_API_TOKENS_FILE");
    }

    /** A clock the test moves: the file is re-read only when RECHECK_SECONDS have passed. */
    static final class Clock implements java.util.function.LongSupplier {
        long nanos = 1_000;

        void advanceSeconds(long seconds) {
            nanos += java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        }

        @Override
        public long getAsLong() {
            return nanos;
        }
    }

    /** A tokens file in a temporary directory, read by ApiTokens on a clock the test moves. */
    static final class TokensFile {
        final Path file;
        final Clock clock = new Clock();
        final ApiTokens tokens;

        TokensFile(Path dir, String variable, String content, long startNanos) throws IOException {
            file = dir.resolve("tokens");
            Files.writeString(file, content);
            clock.nanos = startNanos;
            tokens = ApiTokens.of(variable, file.toString(), clock);
        }

        TokensFile(Path dir, String variable, String content) throws IOException {
            this(dir, variable, content, 1_000);
        }

        /** Writes {@code content} to the file, or deletes it for null, without moving the clock. */
        void write(String content) throws IOException {
            if (content == null) {
                Files.delete(file);
            } else {
                Files.writeString(file, content);
            }
        }

        /** Writes (or deletes) the file, then lets the recheck interval pass. */
        void rotate(String content) throws IOException {
            write(content);
            clock.advanceSeconds(ApiTokens.RECHECK_SECONDS);
        }
    }

    @Test
    void aRotatedFileIsReadAgainAfterTheRecheckInterval(@TempDir Path dir) throws Exception {
        TokensFile f = new TokensFile(dir, "from-env", "old-token\n");
        ApiTokens t = f.tokens;
        f.write("new-token\nsecond-new\n");
        f.clock.advanceSeconds(ApiTokens.RECHECK_SECONDS - 1);
        assertThat(t.accepts("old-token")).as("not due yet").isTrue();
        assertThat(t.accepts("new-token")).isFalse();
        f.clock.advanceSeconds(1);
        assertThat(t.accepts("new-token")).isTrue();
        assertThat(t.accepts("second-new")).isTrue();
        assertThat(t.accepts("old-token")).isFalse();
        assertThat(t.accepts("from-env")).as("the variable's tokens stay").isTrue();
        assertThat(t.count()).isEqualTo(3);
    }

    /** Kubernetes updates a mounted secret by pointing the ..data symlink at a new directory. */
    @Test
    void aKubernetesStyleSymlinkSwapIsPickedUp(@TempDir Path dir) throws Exception {
        Path v1 = Files.createDirectory(dir.resolve("..2026_11_29_v1"));
        Path v2 = Files.createDirectory(dir.resolve("..2026_11_29_v2"));
        Files.writeString(v1.resolve("tokens"), "first");
        Files.writeString(v2.resolve("tokens"), "second");
        Path data = Files.createSymbolicLink(dir.resolve("..data"), v1.getFileName());
        Path file = Files.createSymbolicLink(dir.resolve("tokens"), Path.of("..data", "tokens"));
        Clock clock = new Clock();
        ApiTokens t = ApiTokens.of(null, file.toString(), clock);
        assertThat(t.accepts("first")).isTrue();

        Path swap = Files.createSymbolicLink(dir.resolve("..data_tmp"), v2.getFileName());
        Files.move(swap, data, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        clock.advanceSeconds(ApiTokens.RECHECK_SECONDS);
        assertThat(t.accepts("second")).isTrue();
        assertThat(t.accepts("first")).isFalse();
    }

    @Test
    void aFileThatCannotBeReadAgainKeepsTheTokensReadBefore(@TempDir Path dir) throws Exception {
        TokensFile f = new TokensFile(dir, null, "kept");
        ApiTokens t = f.tokens;
        f.rotate(null);
        assertThat(t.accepts("kept")).isTrue();
        assertThat(t.configured()).isTrue();

        f.rotate("back");
        assertThat(t.accepts("back")).isTrue();
        assertThat(t.accepts("kept")).isFalse();
    }

    /** Emptying the file revokes its tokens: with none left, every protected request is refused (fail closed). */
    @Test
    void anEmptiedFileRevokesItsTokens(@TempDir Path dir) throws Exception {
        TokensFile f = new TokensFile(dir, null, "revoked");
        ApiTokens t = f.tokens;
        f.rotate("\n");
        assertThat(t.accepts("revoked")).isFalse();
        assertThat(t.configured()).isFalse();
    }

    /** System.nanoTime may be anywhere, even about to wrap around: the re-read is due by difference, not by order. */
    @Test
    void theRecheckIsDueAcrossANanoTimeWrapAround(@TempDir Path dir) throws Exception {
        TokensFile f = new TokensFile(dir, null, "before", Long.MAX_VALUE - java.util.concurrent.TimeUnit.SECONDS.toNanos(2));
        ApiTokens t = f.tokens;
        f.write("after");
        f.clock.advanceSeconds(ApiTokens.RECHECK_SECONDS - 1);
        assertThat(f.clock.nanos).as("the clock wrapped").isNegative();
        assertThat(t.accepts("before")).isTrue();
        f.clock.advanceSeconds(1);
        assertThat(t.accepts("after")).isTrue();
        assertThat(t.accepts("before")).isFalse();
    }

    /** What re-reading logs says how many tokens and which file, never a token. */
    @Test
    void reReadingNeverLogsATokenValue(@TempDir Path dir, CapturedOutput output) throws Exception {
        TokensFile f = new TokensFile(dir, "variable-secret-token", "first-secret-token");
        ApiTokens t = f.tokens;
        f.rotate("second-secret-token");
        assertThat(t.accepts("second-secret-token")).isTrue();
        f.rotate(null);
        assertThat(t.accepts("second-secret-token")).isTrue();
        assertThat(output.getAll()).contains("2 API token(s) now accepted").contains("cannot be read again")
                .doesNotContain("secret-token");
    }
}
