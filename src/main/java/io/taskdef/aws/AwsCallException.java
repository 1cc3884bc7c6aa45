package io.taskdef.aws;

import software.amazon.awssdk.core.exception.SdkException;

/** An AWS call failed for a reason the caller cannot turn into a finding; names the IAM action that failed. */
public final class AwsCallException extends RuntimeException {

    private final String action;

    public AwsCallException(String action, SdkException cause) {
        super(action + " failed", cause);
        this.action = action;
    }

    /** The IAM action of the failed call, e.g. {@code secretsmanager:DescribeSecret}. */
    public String action() {
        return action;
    }

    public SdkException sdkException() {
        return (SdkException) getCause();
    }
}
