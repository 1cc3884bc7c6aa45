package io.taskdef.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taskdef.api.openapi.AwsOpenApiConfig;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.ResponseEntity;

/** The OpenAPI description of the verify and register endpoints; {@link AwsTaskdefController} implements it. */
@Tag(name = "aws", description = "Verify specs against AWS and register task definitions (bearer token required)")
@SecurityRequirement(name = AwsOpenApiConfig.BEARER_SCHEME)
@ApiResponse(responseCode = "400", description = "The body is not JSON or YAML (the problem names line and column), or a query flag is not a boolean",
        content = @Content(mediaType = TaskdefApi.PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
@ApiResponse(responseCode = "401", description = "No bearer token, a wrong one, or the service has no tokens configured (WWW-Authenticate: Bearer)",
        content = @Content(mediaType = TaskdefApi.PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
@ApiResponse(responseCode = "403", description = "AWS denied an action to the service's credentials; the problem names the action (awsAction) and AWS's request id",
        content = @Content(mediaType = TaskdefApi.PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
@ApiResponse(responseCode = "413", description = "The body is larger than the configured limit",
        content = @Content(mediaType = TaskdefApi.PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
@ApiResponse(responseCode = "415", description = "The Content-Type is neither JSON nor YAML, or the body is compressed (a Content-Encoding other than identity)",
        content = @Content(mediaType = TaskdefApi.PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
@ApiResponse(responseCode = "502", description = "AWS answered with an unexpected error (awsErrorCode, awsRequestId)",
        content = @Content(mediaType = TaskdefApi.PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
@ApiResponse(responseCode = "503", description = "AWS is unreachable, kept throttling after retries, or the service has no AWS credentials (Retry-After)",
        content = @Content(mediaType = TaskdefApi.PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
@ApiResponse(responseCode = "504", description = "AWS did not answer within the configured timeout",
        content = @Content(mediaType = TaskdefApi.PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
interface AwsTaskdefApi {

    @Operation(operationId = "verify", summary = "Check an app spec against AWS",
            description = "Compiles the spec, then checks it against AWS: every reference in secrets and log secretOptions exists (a name or "
                    + "partial ARN resolves to exactly one complete ARN), its versionStage/versionId exists, the KMS key that really "
                    + "encrypts it agrees with kmsKey (an undeclared customer-managed key is granted kms:Decrypt, with a warning), SSM "
                    + "parameters exist, the execution role exists and trusts ecs-tasks.amazonaws.com; with taskdef.verify.deep-checks also "
                    + "that each secret is a SecretString holding its jsonKey. Every finding has a JSON pointer into the spec. Answers 200 "
                    + "with the report whether or not AWS agrees; no secret value is ever returned or logged.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/json", schema = @Schema(ref = TaskdefApi.SPEC)),
                    @Content(mediaType = "application/yaml", schema = @Schema(ref = TaskdefApi.SPEC))}))
    @ApiResponse(responseCode = "200", description = "The report: verified, errors and warnings with pointers, references, the role, the compile result",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VerifyReport.class)))
    @ApiResponse(responseCode = "422", description = "The body is not an app spec at all (not an object, beyond a limit)",
            content = @Content(mediaType = TaskdefApi.PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
    ResponseEntity<byte[]> verify(@Parameter(hidden = true) HttpServletRequest request) throws IOException;

    @Operation(operationId = "register", summary = "Register the compiled task definition with ECS, once",
            description = "Compiles the spec (with verify=true also verifies it as /verify does, and complete secret ARNs and discovered "
                    + "customer-managed keys go into the task definition and policy), optionally puts the compiled inline policy on the "
                    + "execution role (applyPolicy=true, IAM PutRolePolicy), then registers exactly the compiled RegisterTaskDefinition "
                    + "request, tagged with its fingerprint. Idempotent: when the family's latest ACTIVE revision has the same fingerprint, "
                    + "that revision is returned with created=false. dryRun=true changes nothing and returns the diff against the current "
                    + "revision and the actions it would take.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/json", schema = @Schema(ref = TaskdefApi.SPEC)),
                    @Content(mediaType = "application/yaml", schema = @Schema(ref = TaskdefApi.SPEC))}))
    @ApiResponse(responseCode = "200", description = "The revision (new or unchanged), what was done, and the compile result",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegisterResponse.class)))
    @ApiResponse(responseCode = "422", description = "The spec has errors, verification found errors (type verification-failed), applyPolicy "
            + "cannot be done, or ECS/IAM rejected the request (type aws-rejected, with AWS's message)",
            content = @Content(mediaType = TaskdefApi.PROBLEM, schema = @Schema(implementation = ProblemDoc.class)))
    ResponseEntity<byte[]> register(@Parameter(hidden = true) HttpServletRequest request,
                                    @Parameter(description = "Verify against AWS first and use what it finds (complete ARNs, customer-managed keys)")
                                    boolean verify,
                                    @Parameter(description = "Put the compiled inline policy on the execution role (IAM PutRolePolicy) before registering")
                                    boolean applyPolicy,
                                    @Parameter(description = "Change nothing: return the diff against the current revision and the actions it would take")
                                    boolean dryRun) throws IOException;
}
