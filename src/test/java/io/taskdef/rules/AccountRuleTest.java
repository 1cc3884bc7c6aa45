package io.taskdef.rules;

import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.noError;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.okOr;

import io.taskdef.compile.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRuleTest {

    @ParameterizedTest
    @CsvSource({"123456789012, true", "000000000001, true", "12345678901, false", "1234567890123, false", "12345678901a, false", "'', false"})
    void accountIsTwelveDigits(String account, boolean valid) {
        Outcome o = Specs.fargate().set("/account", account).set("/executionRoleArn", "arn:aws:iam::" + account + ":role/exec").compile();
        okOr(valid, o, "INVALID_ACCOUNT", "/account", "'" + account + "' is not a 12-digit AWS account id");
    }

    @Test
    void numericAccountInJsonIsTaken() {
        ok(Specs.fargate().set("/account", 123456789012L).compile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/executionRoleArn", "/taskRoleArn"})
    void roleInAnotherAccount(String field) {
        Outcome o = Specs.fargate().set(field, "arn:aws:iam::210987654321:role/exec").compile();
        errorSays(o, "ACCOUNT_MISMATCH", field, "account 210987654321", "account 123456789012");
    }

    @Test
    void rolesInTheSpecsAccount() {
        ok(Specs.fargate().set("/taskRoleArn", "arn:aws:iam::123456789012:role/web-task").compile());
    }

    /** Without 'account', the execution role's account is the task's: a task role elsewhere is the mismatch. */
    @Test
    void accountFromTheExecutionRole() {
        Outcome o = Specs.fargate().remove("/account").set("/taskRoleArn", "arn:aws:iam::210987654321:role/web-task").compile();
        errorSays(o, "ACCOUNT_MISMATCH", "/taskRoleArn", "account 210987654321");
        noError(o, "INVALID_ACCOUNT");
        ok(Specs.fargate().remove("/account").set("/taskRoleArn", "arn:aws:iam::123456789012:role/web-task").compile());
    }
}
