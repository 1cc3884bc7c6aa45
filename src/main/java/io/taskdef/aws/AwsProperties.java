package io.taskdef.aws;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service talks to AWS, under {@code taskdef.aws.*} (env: TASKDEF_AWS_*). Credentials always come
 * from the SDK's default chain (env, profile, web identity/IRSA, container and instance credentials).
 *
 * @param endpoint           one endpoint for every service (moto, LocalStack, a proxy); empty: the SDK's own
 *                           resolution, which also honours AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_&lt;SERVICE&gt;
 * @param connectTimeout     TCP connect timeout of one attempt
 * @param socketTimeout      longest wait for bytes of a response
 * @param apiCallAttemptTimeout limit of one HTTP attempt
 * @param apiCallTimeout     limit of one API call, all retries included
 * @param maxAttempts        attempts per call in the standard retry mode (first try included)
 */
@ConfigurationProperties("taskdef.aws")
public record AwsProperties(
        URI endpoint,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration socketTimeout,
        @DefaultValue("10s") Duration apiCallAttemptTimeout,
        @DefaultValue("30s") Duration apiCallTimeout,
        @DefaultValue("3") int maxAttempts) {
}
