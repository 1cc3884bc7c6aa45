package io.taskdef.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.taskdef.aws.ReferenceReport;
import io.taskdef.aws.RoleReport;
import io.taskdef.diag.Diagnostic;
import java.util.List;

/** What verifying found before a register with {@code verify=true} went ahead (it had no errors, or there would be no registration). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "What verifying found before registering")
public record VerificationSummary(List<Diagnostic> warnings, List<ReferenceReport> references, RoleReport executionRole) {
}
