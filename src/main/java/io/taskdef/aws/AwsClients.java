package io.taskdef.aws;

import io.taskdef.arn.Partition;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The AWS service clients, built once per service and region and reused (references may live in other
 * regions than the task; IAM is global per partition). All share one Apache 5 HTTP connection pool, the
 * default credential chain, the standard retry mode and the configured timeouts and endpoint.
 */
public final class AwsClients implements AutoCloseable {

    private final SdkHttpClient http;
    private final DefaultCredentialsProvider credentials;
    private final ClientOverrideConfiguration override;
    private final AwsProperties props;
    private final Map<String, SdkClient> clients = new ConcurrentHashMap<>();

    public AwsClients(AwsProperties props) {
        this.props = props;
        this.http = Apache5HttpClient.builder()
                .connectionTimeout(props.connectTimeout())
                .socketTimeout(props.socketTimeout())
                .build();
        this.credentials = DefaultCredentialsProvider.builder().build();
        this.override = ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(props.maxAttempts()).build())
                .apiCallAttemptTimeout(props.apiCallAttemptTimeout())
                .apiCallTimeout(props.apiCallTimeout())
                .build();
    }

    public EcsClient ecs(String region) {
        return client("ecs", region, () -> configure(EcsClient.builder(), Region.of(region)).build());
    }

    public SecretsManagerClient secretsManager(String region) {
        return client("secretsmanager", region, () -> configure(SecretsManagerClient.builder(), Region.of(region)).build());
    }

    public SsmClient ssm(String region) {
        return client("ssm", region, () -> configure(SsmClient.builder(), Region.of(region)).build());
    }

    public KmsClient kms(String region) {
        return client("kms", region, () -> configure(KmsClient.builder(), Region.of(region)).build());
    }

    public StsClient sts(String region) {
        return client("sts", region, () -> configure(StsClient.builder(), Region.of(region)).build());
    }

    /** IAM is global: one client per partition ({@code aws}, {@code aws-cn}, ...). */
    public IamClient iam(String partition) {
        Region global = globalRegion(Partition.ofId(partition));
        return client("iam", global.id(), () -> configure(IamClient.builder(), global).build());
    }

    static Region globalRegion(Partition partition) {
        if (partition == null) {
            return Region.AWS_GLOBAL;
        }
        return switch (partition) {
            case AWS -> Region.AWS_GLOBAL;
            case AWS_CN -> Region.AWS_CN_GLOBAL;
            case AWS_US_GOV -> Region.AWS_US_GOV_GLOBAL;
            case AWS_ISO -> Region.AWS_ISO_GLOBAL;
            case AWS_ISO_B -> Region.AWS_ISO_B_GLOBAL;
            case AWS_ISO_E -> Region.AWS_ISO_E_GLOBAL;
            case AWS_ISO_F -> Region.AWS_ISO_F_GLOBAL;
        };
    }

    @SuppressWarnings("unchecked")
    private <C extends SdkClient> C client(String service, String region, Supplier<C> build) {
        return (C) clients.computeIfAbsent(service + " " + region, k -> build.get());
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder, Region region) {
        builder.region(region).credentialsProvider(credentials).httpClient(http).overrideConfiguration(override);
        if (props.endpoint() != null) {
            builder.endpointOverride(props.endpoint());
        }
        return builder;
    }

    @Override
    public void close() {
        clients.values().forEach(SdkClient::close);
        clients.clear();
        credentials.close();
        http.close();
    }
}
