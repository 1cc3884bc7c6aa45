package io.taskdef.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Service configuration under {@code taskdef.*} (env: TASKDEF_*).
 *
 * @param defaultRegion the region for specs that name none
 * @param policy        how execution role policies are written by default
 * @param limits        request and spec limits
 * @param cache         the compile response cache
 * @param warmup        compiling before the service reports ready
 */
@ConfigurationProperties("taskdef")
public record TaskdefProperties(
        @DefaultValue("us-east-1") String defaultRegion,
        @DefaultValue Policy policy,
        @DefaultValue Limits limits,
        @DefaultValue Cache cache,
        @DefaultValue Warmup warmup) {

    /**
     * @param duration how long to compile the bundled examples before reporting ready, so the JIT has compiled
     *                 the compile path when traffic arrives; 0 (the default, for quick starts) turns it off; the
     *                 Helm chart sets 3s
     */
    public record Warmup(@DefaultValue("0s") java.time.Duration duration) {
    }

    /**
     * Compiling is a pure function of the body, so identical bodies (a pipeline re-running, a form re-sent)
     * are answered from a bounded cache of responses.
     *
     * @param maxBytes the most bytes of bodies and responses kept; 0 turns the cache off
     */
    public record Cache(@DefaultValue("16777216") long maxBytes) {
    }

    /**
     * @param kmsViaService add kms:ViaService to kms:Decrypt (false: the plain form of the seed)
     * @param ecrPull       grant ECR pulls for ECR images
     * @param logs          grant CloudWatch Logs writes for awslogs
     */
    public record Policy(@DefaultValue("true") boolean kmsViaService, @DefaultValue("false") boolean ecrPull,
                         @DefaultValue("false") boolean logs) {
    }

    /**
     * @param maxBodyBytes    largest accepted request body (413 above)
     * @param maxDepth        deepest nesting in a spec
     * @param maxStringLength longest string in a spec
     * @param maxTokens       most values in a spec
     * @param maxReferences   most secret/parameter references in a spec
     */
    public record Limits(@DefaultValue("262144") long maxBodyBytes, @DefaultValue("32") int maxDepth,
                         @DefaultValue("8192") int maxStringLength, @DefaultValue("100000") int maxTokens,
                         @DefaultValue("500") int maxReferences) {
    }
}
