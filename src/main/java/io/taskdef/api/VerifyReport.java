package io.taskdef.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.taskdef.aws.ReferenceReport;
import io.taskdef.aws.RoleReport;
import io.taskdef.compile.CompileResult;
import io.taskdef.diag.Diagnostic;
import io.taskdef.diag.Requirement;
import java.util.List;

/**
 * The answer of {@code POST /v1/taskdefs/verify}: every finding of the spec and of AWS, each with a JSON
 * pointer into the spec, what AWS says about each reference and the execution role, and (when everything
 * checks out) the compile result with what AWS told: complete secret ARNs, discovered customer-managed keys.
 * Never holds a secret or parameter value.
 *
 * @param verified      true when the spec compiles and AWS agrees with every reference and the role
 * @param deepChecks    whether secret values were checked (SecretString, JSON key): taskdef.verify.deep-checks
 * @param compileResult the compile result with the facts AWS gave; absent unless verified
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "What verifying a spec against AWS found; never a secret value")
public record VerifyReport(
        boolean verified,
        boolean deepChecks,
        @Schema(description = "Errors of the spec and from AWS, each with code, JSON pointer and message") List<Diagnostic> errors,
        List<Diagnostic> warnings,
        List<Requirement> requirements,
        List<ReferenceReport> references,
        RoleReport executionRole,
        CompileResult compileResult) {
}
