package io.taskdef.aws;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What IAM says about the task execution role.
 *
 * @param arn            the role ARN from the spec
 * @param checked        false when the role is in another account than the service's credentials (not readable)
 * @param found          whether the role exists
 * @param trustsEcsTasks whether its trust policy lets ecs-tasks.amazonaws.com assume it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "What IAM says about the task execution role")
public record RoleReport(
        @Schema(example = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole") String arn,
        boolean checked,
        Boolean found,
        Boolean trustsEcsTasks) {
}
