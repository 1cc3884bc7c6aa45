package io.taskdef.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskdef.spec.MalformedSpecException;
import io.taskdef.spec.SpecFormat;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Reading the body: exactly the declared length when there is one, bounded by the limit when it is chunked;
 * a content coding refused, a declared charset decoded.
 */
class SpecBodyTest {

    private static final byte[] SPEC = "{\"family\":\"web\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void readsTheDeclaredLength() throws IOException {
        SpecBody.Read read = SpecBody.read(request(SPEC, "application/json", false), SPEC.length);
        assertThat(read.bytes()).isEqualTo(SPEC);
        assertThat(read.format()).isEqualTo(SpecFormat.JSON);
    }

    @Test
    void aBodyShorterThanDeclaredIsWhatCame() throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest() {
            @Override
            public long getContentLengthLong() {
                return SPEC.length + 100;
            }
        };
        request.setContent(SPEC);
        request.setContentType("application/json");
        assertThat(SpecBody.read(request, 1000).bytes()).isEqualTo(SPEC);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        assertThatThrownBy(() -> SpecBody.read(request(SPEC, "application/json", false), SPEC.length - 1))
                .isInstanceOf(ApiProblems.BodyTooLarge.class);
    }

    @Test
    void chunkedBodiesAreReadUpToTheLimit() throws IOException {
        assertThat(SpecBody.read(request(SPEC, null, true), SPEC.length).bytes()).isEqualTo(SPEC);
        assertThatThrownBy(() -> SpecBody.read(request(SPEC, null, true), SPEC.length - 1))
                .isInstanceOf(ApiProblems.BodyTooLarge.class);
    }

    /** A compressed body is refused by name, not parsed as garbage; identity is no coding at all. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"gzip | gzip", "GZIP | GZIP", "identity, br | br", "x-custom | x-custom"})
    void aContentCodingIsRefused(String header, String named) {
        MockHttpServletRequest request = request(SPEC, "application/json", false);
        request.addHeader("Content-Encoding", header);
        assertThatThrownBy(() -> SpecBody.read(request, 1000)).isInstanceOfSatisfying(ApiProblems.UnsupportedType.class, e -> {
            assertThat(e.code).isEqualTo("UNSUPPORTED_CONTENT_ENCODING");
            assertThat(e.getMessage()).startsWith("Content-Encoding '" + named + "' is not supported");
        });
    }

    @Test
    void identityIsNoCoding() throws IOException {
        MockHttpServletRequest request = request(SPEC, "application/json", false);
        request.addHeader("Content-Encoding", "Identity");
        assertThat(SpecBody.read(request, 1000).bytes()).isEqualTo(SPEC);
    }

    /** A body in the charset its Content-Type names is handed on as UTF-8, and its format sniffed from that. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "application/json; charset=ISO-8859-1 | ISO-8859-1 | JSON",
            "application/yaml;charset=windows-1252 | windows-1252 | YAML",
            "text/plain; charset=UTF-16 | UTF-16 | JSON",
            "application/json; charset=utf-8 | UTF-8 | JSON"})
    void aDeclaredCharsetIsDecoded(String contentType, String charset, SpecFormat format) throws IOException {
        String text = format == SpecFormat.JSON ? "{\"family\":\"café\"}" : "family: café\n";
        SpecBody.Read read = SpecBody.read(request(text.getBytes(Charset.forName(charset)), contentType, false), 1000);
        assertThat(new String(read.bytes(), StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(read.format()).isEqualTo(format);
    }

    @Test
    void aBodyThatIsNotInItsDeclaredCharsetIsMalformed() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0x81, '"', '}'}; // 0x81 is unassigned in windows-1252
        assertThatThrownBy(() -> SpecBody.read(request(body, "application/json; charset=windows-1252", false), 1000))
                .isInstanceOfSatisfying(MalformedSpecException.class, e -> {
                    assertThat(e.code()).isEqualTo("MALFORMED_BODY");
                    assertThat(e.getMessage()).isEqualTo("the body is not valid windows-1252 text, the charset its Content-Type names");
                });
    }

    @Test
    void aCharsetTheJvmDoesNotKnowIsAnUnsupportedType() {
        assertThatThrownBy(() -> SpecBody.read(request(SPEC, "application/json; charset=no-such-charset", false), 1000))
                .isInstanceOfSatisfying(ApiProblems.UnsupportedType.class, e -> assertThat(e.code).isEqualTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    private static MockHttpServletRequest request(byte[] body, String contentType, boolean chunked) {
        MockHttpServletRequest request = chunked ? new MockHttpServletRequest() {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        } : new MockHttpServletRequest();
        request.setContent(body);
        if (contentType != null) {
            request.setContentType(contentType);
        }
        return request;
    }
}
