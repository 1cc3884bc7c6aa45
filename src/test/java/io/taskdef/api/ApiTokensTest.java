package io.taskdef.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
