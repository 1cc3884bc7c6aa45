package io.taskdef.aws;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The AWS adapters as beans. Clients are built on first use, so the service starts without AWS credentials. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AwsProperties.class, VerifyProperties.class})
class AwsConfig {

    @Bean(destroyMethod = "close")
    AwsClients awsClients(AwsProperties props) {
        return new AwsClients(props);
    }

    @Bean
    Verifier verifier(AwsClients aws, VerifyProperties props) {
        return new Verifier(aws, props);
    }

    @Bean
    Registrar registrar(AwsClients aws) {
        return new Registrar(aws);
    }
}
