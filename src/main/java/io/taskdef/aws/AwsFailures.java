package io.taskdef.aws;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.ecs.model.ClientException;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/**
 * Classifies failed AWS calls (after the SDK's own retries): access denied → 403 naming the action; a
 * request AWS rejected (ECS ClientException, a malformed or oversized policy, a missing role) → 422 with
 * AWS's message; throttled → 503; unreachable or no credentials → 503; timed out → 504; any other AWS
 * error → 502. Never a 500.
 */
public final class AwsFailures {

    private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException", "UnauthorizedOperation",
            "AuthorizationError", "UnauthorizedException", "AuthorizationErrorException");
    private static final Set<String> BAD_CREDENTIALS = Set.of("UnrecognizedClientException", "InvalidClientTokenId", "ExpiredToken",
            "ExpiredTokenException", "InvalidSignatureException", "SignatureDoesNotMatch", "IncompleteSignature",
            "MissingAuthenticationToken", "InvalidAccessKeyId");

    private AwsFailures() {
    }

    public static AwsFailure classify(AwsCallException e) {
        return classify(e.action(), e.sdkException());
    }

    public static AwsFailure classify(String action, SdkException e) {
        boolean unreachable = causedBy(e, ConnectException.class) || causedBy(e, ConnectTimeoutException.class)
                || causedBy(e, UnknownHostException.class) || causedBy(e, NoRouteToHostException.class);
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException
                || !unreachable && causedBy(e, SocketTimeoutException.class)) {
            return new AwsFailure(504, "aws-timeout", "AWS_TIMEOUT", "AWS did not answer in time",
                    action + " did not complete within the configured timeout (taskdef.aws.api-call-timeout); try again", action, null, null);
        }
        if (e instanceof AwsServiceException s) {
            return service(action, s);
        }
        if (e instanceof SdkServiceException s) {
            return new AwsFailure(502, "aws-error", "AWS_ERROR", "AWS answered with an error",
                    action + " failed with HTTP " + s.statusCode(), action, null, s.requestId());
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Unable to load credentials")) {
            return new AwsFailure(503, "aws-credentials-missing", "AWS_CREDENTIALS_MISSING", "The service has no AWS credentials",
                    "no AWS credentials were found for " + action + " (environment, profile, web identity or container credentials)",
                    action, null, null);
        }
        return new AwsFailure(503, "aws-unreachable", "AWS_UNREACHABLE", "AWS is unreachable",
                action + " could not reach AWS after retrying; try again later", action, null, null);
    }

    private static AwsFailure service(String action, AwsServiceException e) {
        AwsErrorDetails d = e.awsErrorDetails();
        String code = d == null ? null : d.errorCode();
        String awsMessage = d == null || d.errorMessage() == null ? "" : d.errorMessage();
        String requestId = e.requestId();
        if (e.isThrottlingException()) {
            return new AwsFailure(503, "aws-throttled", "AWS_THROTTLED", "AWS is throttling requests",
                    "AWS kept throttling " + action + " after retrying; try again later", action, code, requestId);
        }
        if (code != null && BAD_CREDENTIALS.contains(code)) {
            return new AwsFailure(403, "aws-credentials-rejected", "AWS_CREDENTIALS_REJECTED", "AWS rejected the service's credentials",
                    "AWS rejected the credentials used for " + action + " (" + code + "): " + awsMessage, action, code, requestId);
        }
        if (code != null && ACCESS_DENIED.contains(code) || e.statusCode() == 403) {
            return new AwsFailure(403, "aws-access-denied", "AWS_ACCESS_DENIED", "AWS denied access",
                    "AWS denied " + action + " to the service's credentials; allow " + action + " on the resource. AWS said: " + awsMessage,
                    action, code, requestId);
        }
        if (e instanceof ClientException || e instanceof InvalidParameterException || e instanceof MalformedPolicyDocumentException
                || e instanceof NoSuchEntityException || e instanceof LimitExceededException) {
            return new AwsFailure(422, "aws-rejected", "AWS_REJECTED", "AWS rejected the request",
                    action + " was rejected: " + awsMessage, action, code, requestId);
        }
        return new AwsFailure(502, "aws-error", "AWS_ERROR", "AWS answered with an error",
                action + " failed with HTTP " + e.statusCode() + (code == null ? "" : " " + code) + ": " + awsMessage, action, code, requestId);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
