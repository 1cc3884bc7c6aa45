package io.taskdef.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.taskdef.aws.Change;
import io.taskdef.aws.PlannedAction;
import io.taskdef.compile.CompileResult;
import java.util.List;

/**
 * The answer of {@code POST /v1/taskdefs/register}.
 *
 * @param taskDefinitionArn the revision now current for the spec (for a dry run: the current one, absent when the family has none)
 * @param revision          its revision number
 * @param created           true when this request registered a new revision; false when the latest ACTIVE one already matched
 * @param policyApplied     true when the execution role now carries exactly the compiled inline policy (with applyPolicy=true:
 *                          put by this request, or already there, see actions)
 * @param dryRun            true when nothing was changed in AWS
 * @param actions           the changes made, or for a dry run the changes it would make
 * @param diff              dry run: the normalized differences between the current revision and the compiled task definition
 * @param verification      with verify=true: what AWS said about the references and the role
 * @param compileResult     the compile result that was (or would be) registered
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "What registering did, or for a dry run would do")
public record RegisterResponse(
        @Schema(example = "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3") String taskDefinitionArn,
        @Schema(example = "3") Integer revision,
        boolean created,
        boolean policyApplied,
        boolean dryRun,
        List<PlannedAction> actions,
        List<Change> diff,
        VerificationSummary verification,
        CompileResult compileResult) {
}
