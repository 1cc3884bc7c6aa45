package io.taskdef.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taskdef.compile.CompileResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ResponseEntity;

/** The OpenAPI description of the compile and validate endpoints; {@link TaskdefController} implements it. */
@Tag(name = "taskdefs", description = "Compile and check app specs")
interface TaskdefApi {

    String SPEC = "#/components/schemas/AppSpec";
    String PROBLEM = "application/problem+json";

    @Operation(operationId = "compile", summary = "Compile an app spec into a task definition and its execution role policy",
            description = "Takes an app spec as JSON or YAML and returns the exact RegisterTaskDefinition input, the least-privilege "
                    + "inline policy for the task execution role, the trust policy, requirements, warnings, snippets and a fingerprint. "
                    + "The same spec always gives byte-identical output.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/json", schema = @Schema(ref = SPEC)),
                    @Content(mediaType = "application/yaml", schema = @Schema(ref = SPEC))}))
    @ApiResponse(responseCode = "200", description = "The compiled task definition, policy, requirements, warnings and snippets",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CompileResult.class)))
    @ApiResponse(responseCode = "400", description = "The body is not JSON or YAML (the problem names line and column)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
    @ApiResponse(responseCode = "413", description = "The body is larger than the configured limit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
    @ApiResponse(responseCode = "415", description = "The Content-Type is neither JSON nor YAML, or the body is compressed (a Content-Encoding other than identity)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
    @ApiResponse(responseCode = "422", description = "The spec has errors: all of them, each with code, JSON pointer and message",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
    void compile(@Parameter(hidden = true) HttpServletRequest request, @Parameter(hidden = true) HttpServletResponse response)
            throws IOException;

    @Operation(operationId = "validate", summary = "Check an app spec and list every diagnostic",
            description = "Always answers 200 for a spec body (even a malformed one): valid, errors, warnings and requirements.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/json", schema = @Schema(ref = SPEC)),
                    @Content(mediaType = "application/yaml", schema = @Schema(ref = SPEC))}))
    @ApiResponse(responseCode = "200", description = "The diagnostics",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationReport.class)))
    @ApiResponse(responseCode = "413", description = "The body is larger than the configured limit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
    @ApiResponse(responseCode = "415", description = "The Content-Type is neither JSON nor YAML, or the body is compressed (a Content-Encoding other than identity)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
    ResponseEntity<ValidationReport> validate(@Parameter(hidden = true) HttpServletRequest request) throws IOException;
}
