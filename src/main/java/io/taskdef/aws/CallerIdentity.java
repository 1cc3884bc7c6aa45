package io.taskdef.aws;

/** The AWS account of the service's own credentials (STS GetCallerIdentity, which needs no permission). */
final class CallerIdentity {

    private CallerIdentity() {
    }

    static String account(AwsClients aws, String region) {
        return AwsCall.call("sts:GetCallerIdentity", () -> aws.sts(region).getCallerIdentity()).account();
    }
}
