package io.taskdef.api;

import io.taskdef.aws.AwsCallException;
import io.taskdef.aws.AwsFailure;
import io.taskdef.aws.AwsFailures;
import io.taskdef.aws.RegistrationRejectedException;
import io.taskdef.diag.Diagnostic;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problems of the AWS endpoints: 401 without an accepted token, 422 when verification or the register flags
 * fail, and failed AWS calls as {@link AwsFailures} classifies them (403/422/502/503/504, with the AWS action
 * and request id). Ordered before {@link ProblemHandler}, whose catch-all would otherwise take these.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AwsProblemHandler {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(AwsProblemHandler.class);

    @ExceptionHandler(Unauthorized.class)
    ResponseEntity<ProblemDetail> unauthorized(Unauthorized e) {
        String detail = switch (e.reason()) {
            case MISSING -> "this endpoint needs an 'Authorization: Bearer <token>' header";
            case INVALID -> "the bearer token is not accepted";
            case NOT_CONFIGURED -> "this service has no API tokens configured (" + ApiTokens.ENV_TOKENS + " or " + ApiTokens.ENV_TOKENS_FILE
                    + "), so it refuses every request to this endpoint";
        };
        String code = e.reason() == Unauthorized.Reason.NOT_CONFIGURED ? "AUTH_NOT_CONFIGURED" : "UNAUTHORIZED";
        ProblemDetail p = ApiProblems.problem(HttpStatus.UNAUTHORIZED, code.equals("UNAUTHORIZED") ? "unauthorized" : "auth-not-configured",
                "Unauthorized", detail, List.of(Diagnostic.error(code, "", detail)));
        String challenge = e.reason() == Unauthorized.Reason.INVALID ? "Bearer realm=\"taskdef-compiler\", error=\"invalid_token\""
                : "Bearer realm=\"taskdef-compiler\"";
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, challenge).body(p);
    }

    @ExceptionHandler(VerificationFailedException.class)
    ResponseEntity<ProblemDetail> verificationFailed(VerificationFailedException e) {
        List<Diagnostic> errors = e.verification().errors();
        ProblemDetail p = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "verification-failed", "AWS does not agree with the spec",
                errors.size() + " verification error(s); nothing was registered; see errors", errors);
        p.setProperty("warnings", e.verification().warnings());
        return ResponseEntity.unprocessableContent().body(p);
    }

    @ExceptionHandler(RegistrationRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RegistrationRejectedException e) {
        ProblemDetail p = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "register-rejected", "The registration cannot go ahead",
                e.getMessage(), List.of(Diagnostic.error(e.code(), e.pointer(), e.getMessage())));
        return ResponseEntity.unprocessableContent().body(p);
    }

    @ExceptionHandler(AwsCallException.class)
    ResponseEntity<ProblemDetail> aws(AwsCallException e) {
        AwsFailure f = AwsFailures.classify(e);
        log.warn("AWS call {} failed: {} (HTTP {} answered, AWS error code {}, AWS request id {})", f.action(), f.type(), f.status(),
                f.awsErrorCode(), f.awsRequestId());
        HttpStatus status = HttpStatus.valueOf(f.status());
        ProblemDetail p = ApiProblems.problem(status, f.type(), f.title(), f.detail(), List.of(Diagnostic.error(f.code(), "", f.detail())));
        p.setProperty("awsAction", f.action());
        if (f.awsErrorCode() != null) {
            p.setProperty("awsErrorCode", f.awsErrorCode());
        }
        if (f.awsRequestId() != null) {
            p.setProperty("awsRequestId", f.awsRequestId());
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (f.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.body(p);
    }
}
