package io.taskdef.aws;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What AWS says about one reference of the spec. Never holds a secret or parameter value.
 *
 * @param pointer       where the reference is in the spec
 * @param kind          {@code secret} or {@code parameter}
 * @param found         whether it exists
 * @param arn           the complete secret ARN (with its random suffix) or the parameter ARN, when found
 * @param parameterType String, StringList or SecureString, for parameters
 * @param kmsKeyArn     the KMS key that encrypts it, when known
 * @param kmsKeyManager AWS for the AWS managed default key (no grant needed), CUSTOMER for a customer-managed key
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "What AWS says about one reference; never a value")
public record ReferenceReport(
        @Schema(example = "/containers/0/secrets/DB_PASSWORD") String pointer,
        @Schema(allowableValues = {"secret", "parameter"}) String kind,
        boolean found,
        @Schema(example = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf") String arn,
        @Schema(allowableValues = {"String", "StringList", "SecureString"}) String parameterType,
        String kmsKeyArn,
        @Schema(allowableValues = {"AWS", "CUSTOMER"}) String kmsKeyManager) {
}
