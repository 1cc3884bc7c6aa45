package io.taskdef.aws;

/**
 * What a failed AWS call means for the caller of this service: the HTTP status to answer, a stable problem
 * type and code, and what AWS said (its error code and request id, when AWS answered at all).
 *
 * @param status       HTTP status: 403 denied, 422 rejected, 502 AWS error, 503 unreachable or throttled, 504 timeout
 * @param type         problem type suffix, e.g. {@code aws-access-denied}
 * @param code         diagnostic code, e.g. {@code AWS_ACCESS_DENIED}
 * @param title        short summary
 * @param detail       what happened, naming the AWS action
 * @param action       the IAM action of the failed call
 * @param awsErrorCode AWS's error code, null when AWS did not answer
 * @param awsRequestId AWS's request id, null when AWS did not answer
 */
public record AwsFailure(int status, String type, String code, String title, String detail, String action,
                         String awsErrorCode, String awsRequestId) {
}
