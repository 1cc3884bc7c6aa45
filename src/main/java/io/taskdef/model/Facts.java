package io.taskdef.model;

import java.util.Map;

/**
 * What verifying against AWS found out that a spec alone cannot say, keyed by the reference's JSON pointer:
 * the complete ARN a name or partial ARN resolved to, and the customer-managed KMS key that really encrypts
 * the secret or parameter. The compile core takes these as plain data; it never calls AWS itself.
 */
public record Facts(Map<String, String> completeArns, Map<String, String> customerKeys) {

    public static final Facts NONE = new Facts(Map.of(), Map.of());
}
