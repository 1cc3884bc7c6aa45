package io.taskdef.api;

import io.taskdef.api.ops.RequestIdFilter;
import io.taskdef.diag.Diagnostic;
import java.net.URI;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem documents for this API, and the exceptions that stand for them. */
public final class ApiProblems {

    public static final String TYPE_PREFIX = "urn:problem-type:taskdef:";

    private ApiProblems() {
    }

    /** A problem with an {@code errors} array of {code, pointer, message}. */
    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail, List<Diagnostic> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_PREFIX + type));
        p.setTitle(title);
        p.setProperty("errors", errors);
        addRequestId(p);
        return p;
    }

    /** The id of the request being answered (see {@link RequestIdFilter}), so a caller can quote it. */
    static void addRequestId(ProblemDetail p) {
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            p.setProperty("requestId", requestId);
        }
    }

    /** The request body is bigger than the configured limit. */
    public static final class BodyTooLarge extends RuntimeException {
        final long limit;

        BodyTooLarge(long limit) {
            super("the request body is larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    /** The body comes in a form this API does not read: a media type or a content coding (415). */
    public static final class UnsupportedType extends RuntimeException {
        final String code;

        private UnsupportedType(String code, String message) {
            super(message);
            this.code = code;
        }

        /** The Content-Type is neither JSON nor YAML (nor one that leaves the format to the body). */
        static UnsupportedType mediaType(String type) {
            return new UnsupportedType("UNSUPPORTED_MEDIA_TYPE",
                    "Content-Type '" + type + "' is not supported; send application/json or application/yaml");
        }

        /** The body is compressed (or otherwise coded): it is read as sent, so only identity is accepted. */
        static UnsupportedType contentEncoding(String coding) {
            return new UnsupportedType("UNSUPPORTED_CONTENT_ENCODING",
                    "Content-Encoding '" + coding + "' is not supported; send the body uncompressed, without Content-Encoding");
        }
    }
}
