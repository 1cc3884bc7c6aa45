package io.taskdef.spec;

/**
 * How the execution role policy is written.
 *
 * @param name          inline policy name; default {@code <family>-task-execution}
 * @param kmsViaService add the {@code kms:ViaService} condition to kms:Decrypt (null: the service default, true)
 * @param ecrPull       also grant ECR image pulls for ECR images (so AmazonECSTaskExecutionRolePolicy is not needed)
 * @param logs          also grant logs:CreateLogStream / logs:PutLogEvents on the awslogs groups
 */
public record PolicyOptions(String name, Boolean kmsViaService, Boolean ecrPull, Boolean logs) {

    public static final PolicyOptions DEFAULT = new PolicyOptions(null, null, null, null);
}
