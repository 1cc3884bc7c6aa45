package io.taskdef.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BearerAuthInterceptorTest {

    final BearerAuthInterceptor interceptor = new BearerAuthInterceptor(ApiTokens.of("good-token", null));

    static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", "/v1/taskdefs/register");
        if (authorization != null) {
            r.addHeader("Authorization", authorization);
        }
        return r;
    }

    Unauthorized.Reason refusal(String authorization) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> interceptor.preHandle(request(authorization), new MockHttpServletResponse(), new Object()));
        assertThat(t).isInstanceOf(Unauthorized.class);
        return ((Unauthorized) t).reason();
    }

    @Test
    void anAcceptedBearerTokenPassesInAnyCaseOfTheScheme() throws Exception {
        assertThat(interceptor.preHandle(request("Bearer good-token"), new MockHttpServletResponse(), new Object())).isTrue();
        assertThat(interceptor.preHandle(request("bearer good-token"), new MockHttpServletResponse(), new Object())).isTrue();
    }

    @Test
    void missingOrOtherSchemesAreMissing() {
        assertThat(refusal(null)).isEqualTo(Unauthorized.Reason.MISSING);
        assertThat(refusal("Basic Z29vZC10b2tlbg==")).isEqualTo(Unauthorized.Reason.MISSING);
        assertThat(refusal("Bearer ")).isEqualTo(Unauthorized.Reason.MISSING);
        assertThat(refusal("good-token")).isEqualTo(Unauthorized.Reason.MISSING);
    }

    @Test
    void aWrongTokenIsInvalidAndTheExceptionDoesNotCarryIt() {
        assertThat(refusal("Bearer bad-token")).isEqualTo(Unauthorized.Reason.INVALID);
        assertThatThrownBy(() -> interceptor.preHandle(request("Bearer bad-token"), new MockHttpServletResponse(), new Object()))
                .hasMessageNotContaining("bad-token");
    }

    @Test
    void withNoTokenConfiguredEveryRequestIsRefused() {
        BearerAuthInterceptor closed = new BearerAuthInterceptor(ApiTokens.of(null, null));
        assertThatThrownBy(() -> closed.preHandle(request("Bearer anything"), new MockHttpServletResponse(), new Object()))
                .isInstanceOfSatisfying(Unauthorized.class, u -> assertThat(u.reason()).isEqualTo(Unauthorized.Reason.NOT_CONFIGURED));
    }
}
