package io.taskdef.model;

/**
 * Service-wide defaults for what a spec leaves out.
 *
 * @param region        the region when the spec names none
 * @param kmsViaService kms:Decrypt with the kms:ViaService condition (true) or in the plain form of the seed
 * @param ecrPull       grant ECR pulls in the execution role policy by default
 * @param logs          grant CloudWatch Logs writes for awslogs by default
 */
public record ModelDefaults(String region, boolean kmsViaService, boolean ecrPull, boolean logs) {

    public static final ModelDefaults STANDARD = new ModelDefaults("us-east-1", true, false, false);
}
