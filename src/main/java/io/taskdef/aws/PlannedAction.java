package io.taskdef.aws;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One change to AWS that registering made, or (dry run) would make.
 *
 * @param action   the IAM action, e.g. {@code ecs:RegisterTaskDefinition} or {@code iam:PutRolePolicy}
 * @param resource what it changes
 * @param reason   why
 */
@Schema(description = "A change to AWS that registering made or, in a dry run, would make")
public record PlannedAction(
        @Schema(example = "ecs:RegisterTaskDefinition") String action,
        @Schema(example = "task definition family web in us-east-1, revision 2") String resource,
        @Schema(example = "the compiled task definition differs from revision 1") String reason) {
}
