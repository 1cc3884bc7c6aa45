package io.taskdef.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ecs.model.ClientException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;

class AwsFailuresTest {

    static AwsServiceException service(int status, String code, String message) {
        return AwsServiceException.builder().statusCode(status).requestId("req-" + code)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
    }

    @Test
    void throttlingAfterRetriesIs503WithTheRequestId() {
        AwsFailure f = AwsFailures.classify("ecs:RegisterTaskDefinition", service(400, "ThrottlingException", "Rate exceeded"));
        assertThat(f.status()).isEqualTo(503);
        assertThat(f.type()).isEqualTo("aws-throttled");
        assertThat(f.awsRequestId()).isEqualTo("req-ThrottlingException");
        assertThat(f.detail()).contains("ecs:RegisterTaskDefinition");
    }

    @Test
    void accessDeniedIs403NamingTheAction() {
        AwsFailure f = AwsFailures.classify("secretsmanager:DescribeSecret", service(400, "AccessDeniedException",
                "User: arn:aws:sts::123456789012:assumed-role/x is not authorized to perform: secretsmanager:DescribeSecret"));
        assertThat(f.status()).isEqualTo(403);
        assertThat(f.code()).isEqualTo("AWS_ACCESS_DENIED");
        assertThat(f.action()).isEqualTo("secretsmanager:DescribeSecret");
        assertThat(f.detail()).contains("secretsmanager:DescribeSecret");
        assertThat(f.awsErrorCode()).isEqualTo("AccessDeniedException");
        assertThat(f.awsRequestId()).isEqualTo("req-AccessDeniedException");
    }

    @Test
    void iamQueryProtocolAccessDeniedAndAnyHttp403AreDenied() {
        assertThat(AwsFailures.classify("iam:PutRolePolicy", service(403, "AccessDenied", "no")).status()).isEqualTo(403);
        assertThat(AwsFailures.classify("kms:DescribeKey", service(403, "SomethingNew", "no")).type()).isEqualTo("aws-access-denied");
    }

    @Test
    void rejectedCredentialsAre403OfTheirOwnType() {
        AwsFailure f = AwsFailures.classify("sts:GetCallerIdentity", service(403, "InvalidClientTokenId", "The security token is invalid"));
        assertThat(f.status()).isEqualTo(403);
        assertThat(f.type()).isEqualTo("aws-credentials-rejected");
    }

    @Test
    void ecsClientExceptionIs422WithEcsMessage() {
        ClientException e = (ClientException) ClientException.builder().statusCode(400).requestId("r1")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ClientException")
                        .errorMessage("Invalid 'cpu' setting for task.").build()).build();
        AwsFailure f = AwsFailures.classify("ecs:RegisterTaskDefinition", e);
        assertThat(f.status()).isEqualTo(422);
        assertThat(f.type()).isEqualTo("aws-rejected");
        assertThat(f.detail()).contains("Invalid 'cpu' setting for task.");
        assertThat(f.awsRequestId()).isEqualTo("r1");
    }

    @Test
    void aMalformedPolicyIs422() {
        MalformedPolicyDocumentException e = (MalformedPolicyDocumentException) MalformedPolicyDocumentException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("MalformedPolicyDocument").errorMessage("bad").build()).build();
        assertThat(AwsFailures.classify("iam:PutRolePolicy", e).status()).isEqualTo(422);
    }

    @Test
    void otherAwsErrorsAre502WithCodeAndRequestId() {
        AwsFailure f = AwsFailures.classify("ssm:DescribeParameters", service(500, "InternalServerError", "oops"));
        assertThat(f.status()).isEqualTo(502);
        assertThat(f.awsErrorCode()).isEqualTo("InternalServerError");
        assertThat(f.awsRequestId()).isEqualTo("req-InternalServerError");
    }

    @Test
    void timeoutsAre504() {
        assertThat(AwsFailures.classify("ecs:DescribeTaskDefinition", ApiCallTimeoutException.create(30000)).status()).isEqualTo(504);
        assertThat(AwsFailures.classify("ecs:DescribeTaskDefinition", ApiCallAttemptTimeoutException.create(10000)).status()).isEqualTo(504);
        SdkClientException readTimeout = SdkClientException.create("Unable to execute HTTP request", new SocketTimeoutException("Read timed out"));
        assertThat(AwsFailures.classify("iam:GetRole", readTimeout).type()).isEqualTo("aws-timeout");
    }

    @Test
    void unreachableIs503EvenWhenTheConnectTimedOut() {
        for (Exception cause : new Exception[] {new ConnectException("Connection refused"), new UnknownHostException("ecs.example"),
                new ConnectTimeoutException("Connect timed out")}) {
            AwsFailure f = AwsFailures.classify("ecs:RegisterTaskDefinition", SdkClientException.create("Unable to execute HTTP request", cause));
            assertThat(f.status()).as(cause.toString()).isEqualTo(503);
            assertThat(f.type()).isEqualTo("aws-unreachable");
            assertThat(f.awsRequestId()).isNull();
        }
    }

    @Test
    void missingCredentialsAre503OfTheirOwnType() {
        AwsFailure f = AwsFailures.classify("sts:GetCallerIdentity",
                SdkClientException.create("Unable to load credentials from any of the providers in the chain"));
        assertThat(f.status()).isEqualTo(503);
        assertThat(f.type()).isEqualTo("aws-credentials-missing");
    }
}
