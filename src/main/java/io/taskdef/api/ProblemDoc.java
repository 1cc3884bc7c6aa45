package io.taskdef.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.taskdef.diag.Diagnostic;
import java.util.List;

/** The documented shape of every problem response (RFC 9457 plus {@code errors}); only for the OpenAPI document. */
@Schema(name = "Problem", description = "An RFC 9457 problem; errors lists every violation with its JSON pointer")
record ProblemDoc(
        @Schema(description = "Problem type URI", example = "urn:problem-type:taskdef:invalid-spec") String type,
        @Schema(example = "The spec has errors") String title,
        @Schema(example = "422") int status,
        String detail,
        String instance,
        @Schema(description = "Every violation") List<Diagnostic> errors,
        @Schema(description = "Warnings found while checking (422 only)") List<Diagnostic> warnings,
        @Schema(description = "Line of a syntax error (400 only)") Integer line,
        @Schema(description = "Column of a syntax error (400 only)") Integer column,
        @Schema(description = "Byte limit that was exceeded (413 only)") Long limit,
        @Schema(description = "The request id, also in the service log") String requestId,
        @Schema(description = "The AWS action that failed (AWS problems only)", example = "secretsmanager:DescribeSecret") String awsAction,
        @Schema(description = "AWS's error code, when AWS answered", example = "AccessDeniedException") String awsErrorCode,
        @Schema(description = "AWS's request id, when AWS answered") String awsRequestId) {
}
