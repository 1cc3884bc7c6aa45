package io.taskdef.aws;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Verifying specs against AWS, under {@code taskdef.verify.*} (env: TASKDEF_VERIFY_*).
 *
 * @param deepChecks also read each secret's value (in memory only, never returned or logged) to check it is a
 *                   SecretString and holds the referenced JSON key; needs secretsmanager:GetSecretValue
 */
@ConfigurationProperties("taskdef.verify")
public record VerifyProperties(@DefaultValue("false") boolean deepChecks) {
}
