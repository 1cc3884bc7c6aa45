package io.taskdef.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a request through to a protected endpoint only with {@code Authorization: Bearer <token>} carrying an
 * accepted token; otherwise throws {@link Unauthorized}, which the problem handler answers with 401. Runs
 * before the body is read. Fails closed: with no token configured, every request is refused.
 */
final class BearerAuthInterceptor implements HandlerInterceptor {

    private static final String BEARER = "bearer ";

    private final ApiTokens tokens;

    BearerAuthInterceptor(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!tokens.configured()) {
            throw new Unauthorized(Unauthorized.Reason.NOT_CONFIGURED);
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new Unauthorized(Unauthorized.Reason.MISSING);
        }
        if (!tokens.accepts(header.substring(BEARER.length()).strip())) {
            throw new Unauthorized(Unauthorized.Reason.INVALID);
        }
        return true;
    }
}
