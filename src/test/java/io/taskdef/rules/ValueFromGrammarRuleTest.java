package io.taskdef.rules;

import static io.taskdef.rules.Specs.SECRET_ARN;
import static io.taskdef.rules.Specs.VERSION_ID;
import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.noWarning;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.ref;

import io.taskdef.compile.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueFromGrammarRuleTest {

    static final String REF = "/containers/0/secrets/S";
    static final String LOG_OPTION = "/containers/0/logging/secretOptions/splunk-token";

    /** Lost colons: an error at the reference whose message shows the corrected valueFrom (which compiles); also in log secretOptions. */
    @ParameterizedTest
    @CsvSource({
            ":username1,                            :username1::",
            "::AWSPREVIOUS,                         ::AWSPREVIOUS:",
            ":username1:AWSPREVIOUS,                :username1:AWSPREVIOUS:",
            "::" + VERSION_ID + ",                  :::" + VERSION_ID,
            ":username1:" + VERSION_ID + ",         :username1::" + VERSION_ID})
    void lostColons(String given, String corrected) {
        errorSays(Specs.fargate().secret("S", SECRET_ARN + given).compile(), "VALUE_FROM_COLONS", REF, "Use '" + SECRET_ARN + corrected + "'");
        errorSays(Specs.fargate().set("/containers/0/logging/driver", "splunk").set(LOG_OPTION, SECRET_ARN + given).compile(),
                "VALUE_FROM_COLONS", LOG_OPTION, "Use '" + SECRET_ARN + corrected + "'");
        ok(Specs.fargate().secret("S", SECRET_ARN + corrected).compile());
    }

    @ParameterizedTest
    @CsvSource({
            "arn:aws:s3:::bucket/key,                                             INVALID_VALUE_FROM",
            "arn:aws:secretsmanager:us-east-1:123456789012:db,                    INVALID_VALUE_FROM",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:a:b:c:d:e,      INVALID_VALUE_FROM",
            "arn:aws:secretsmanager,                                              INVALID_VALUE_FROM",
            "arn:aws:secretsmanager:us-east-1:12345:secret:db,                    INVALID_ARN",
            "arn:aws-xx:secretsmanager:us-east-1:123456789012:secret:db,          INVALID_ARN",
            "arn:aws:ssm:us-east-1:123456789012:document/x,                       INVALID_ARN"})
    void malformedValueFrom(String raw, String code) {
        Specs.error(Specs.fargate().secret("S", raw).compile(), code, REF);
    }

    /** A secret ARN field of a reference object points at 'secret'. */
    @Test
    void malformedSecretArnPointsAtTheField() {
        errorSays(Specs.fargate().secret("S", ref("secret", "arn:aws:secretsmanager:useast1:123456789012:secret:db")).compile(),
                "INVALID_ARN", REF + "/secret", "'useast1' is not a region name");
        errorSays(Specs.fargate().secret("S", ref("secret", SECRET_ARN + ":username1::")).compile(), "INVALID_ARN", REF + "/secret", "jsonKey");
    }

    /** Names need the account to become ARNs: from 'account' or the execution role. */
    @Test
    void namesNeedTheAccount() {
        Specs.Spec noAccount = Specs.fargate().remove("/account").remove("/executionRoleArn");
        errorSays(noAccount.secret("S", ref("secret", "prod/db")).compile(), "ACCOUNT_REQUIRED", REF + "/secret", "set 'account' or 'executionRoleArn'");
        errorSays(noAccount.secret("S", ref("parameter", "/prod/db")).compile(), "ACCOUNT_REQUIRED", REF + "/parameter");
        errorSays(noAccount.secret("S", "/prod/db").compile(), "ACCOUNT_REQUIRED", REF);
        ok(Specs.fargate().remove("/account").secret("S", ref("secret", "prod/db")).compile());
    }

    @Test
    void plainNameIsAParameter() {
        Outcome o = ok(Specs.fargate().secret("S", "prod-db-password").compile());
        Specs.warning(o, "RAW_NAME_IS_PARAMETER", REF);
        noWarning(ok(Specs.fargate().secret("S", "arn:aws:ssm:us-east-1:123456789012:parameter/prod-db-password").compile()), "RAW_NAME_IS_PARAMETER");
    }

    @ParameterizedTest
    @CsvSource({
            "us-gov-west-1, arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:db-AbCdEf:username1::",
            "cn-north-1,    arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:db-AbCdEf::AWSPREVIOUS:"})
    void otherPartitions(String region, String valueFrom) {
        ok(Specs.fargate().set("/region", region)
                .set("/executionRoleArn", "arn:" + io.taskdef.arn.Partition.ofRegion(region).id() + ":iam::123456789012:role/x")
                .secret("S", valueFrom).compile());
    }
}
