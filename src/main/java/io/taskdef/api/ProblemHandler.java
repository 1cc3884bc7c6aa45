package io.taskdef.api;

import io.taskdef.diag.Diagnostic;
import io.taskdef.spec.MalformedSpecException;
import java.util.List;
import java.util.Set;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into an RFC 9457 problem: 400 for a body that is not JSON/YAML (with line and
 * column), 413 for a body over the limit, 415 for other media types and for compressed bodies, 422 for a
 * spec with errors (all of them), 404 naming the path, Spring's own errors as problems too, and anything
 * unexpected as a 500 problem without details.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final Set<String> SYNTAX = Set.of("MALFORMED_BODY", "EMPTY_BODY");

    @ExceptionHandler(InvalidSpecException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSpecException e) {
        ProblemDetail p = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-spec", "The spec has errors",
                e.errors().size() == 1 ? "1 error in the spec; see errors" : e.errors().size() + " errors in the spec; see errors",
                e.errors());
        p.setProperty("warnings", e.warnings());
        return ResponseEntity.unprocessableContent().body(p);
    }

    @ExceptionHandler(MalformedSpecException.class)
    ResponseEntity<ProblemDetail> malformed(MalformedSpecException e) {
        boolean syntax = SYNTAX.contains(e.code());
        HttpStatus status = syntax ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail p = ApiProblems.problem(status, syntax ? "malformed-body" : "spec-limit",
                syntax ? "The body is not a readable JSON or YAML document" : "The spec is beyond a limit",
                diagnostic(e).message(), List.of(diagnostic(e)));
        if (e.line() > 0) {
            p.setProperty("line", e.line());
            p.setProperty("column", e.column());
        }
        return ResponseEntity.status(status).body(p);
    }

    @ExceptionHandler(ApiProblems.BodyTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(ApiProblems.BodyTooLarge e) {
        ProblemDetail p = ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "The body is too large", e.getMessage(),
                List.of(Diagnostic.error("BODY_TOO_LARGE", "", e.getMessage())));
        p.setProperty("limit", e.limit);
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONNECTION, "close").body(p);
    }

    @ExceptionHandler(ApiProblems.UnsupportedType.class)
    ResponseEntity<ProblemDetail> unsupported(ApiProblems.UnsupportedType e) {
        ProblemDetail p = ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                e.getMessage(), List.of(Diagnostic.error(e.code, "", e.getMessage())));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(p);
    }

    /** Tomcat refuses to parse a malformed query string (say "?=x", a parameter without a name) when it is read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> malformedQuery(InvalidParameterException e) {
        String message = "the query string is malformed: every parameter needs a name (like ?dryRun=true)";
        ProblemDetail p = ApiProblems.problem(HttpStatus.BAD_REQUEST, "malformed-query", "The query string is malformed", message,
                List.of(Diagnostic.error("MALFORMED_QUERY", "", message)));
        return ResponseEntity.badRequest().body(p);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected failure", e);
        ProblemDetail p = ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "the service failed unexpectedly; the request id identifies it in the service log", List.of());
        return ResponseEntity.internalServerError().body(p);
    }

    /** A path that names nothing: say so plainly, and where the endpoints are listed, instead of "No static resource". */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        String path = request instanceof ServletWebRequest web ? web.getRequest().getRequestURI() : "/" + ex.getResourcePath();
        String message = "there is nothing at " + ex.getHttpMethod().name() + " " + path
                + (path.length() > 1 && path.endsWith("/") ? " (paths take no trailing slash)" : "")
                + "; the endpoints are listed at /v3/api-docs and in Swagger UI at /swagger-ui.html";
        ProblemDetail p = ApiProblems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", message,
                List.of(Diagnostic.error("NOT_FOUND", "", message)));
        return createResponseEntity(p, headers, status, request);
    }

    /** Spring's own exceptions (404, 405, 406, ...) keep their status and get the same problem shape. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail p && p.getProperties() == null) {
            p.setProperty("errors", List.of());
            ApiProblems.addRequestId(p);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    static Diagnostic diagnostic(MalformedSpecException e) {
        String where = e.line() > 0 ? "line " + e.line() + ", column " + e.column() + ": " : "";
        return Diagnostic.error(e.code(), e.pointer() == null ? "" : e.pointer(), where + e.getMessage());
    }
}
