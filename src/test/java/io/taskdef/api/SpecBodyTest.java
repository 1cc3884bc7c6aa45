package io.taskdef.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskdef.spec.SpecFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Reading the body: exactly the declared length when there is one, bounded by the limit when it is chunked. */
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
