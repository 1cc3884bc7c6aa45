package io.taskdef.rules;

import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.ok;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnumValuesRuleTest {

    /** Values ECS knows, in any case. */
    @ParameterizedTest
    @CsvSource({
            "/launchType,   FARGATE",
            "/launchType,   fargate",
            "/os,           LINUX",
            "/os,           linux",
            "/architecture, X86_64",
            "/architecture, arm64",
            "/networkMode,  awsvpc",
            "/networkMode,  AWSVPC"})
    void known(String field, String value) {
        ok(Specs.fargate().set(field, value).compile());
    }

    @ParameterizedTest
    @CsvSource({
            "/launchType,   FARGAT,        'did you mean ''FARGATE''?'",
            "/launchType,   ECS,           'is not one of FARGATE, EC2, EXTERNAL'",
            "/os,           LINUXX,        'did you mean ''LINUX''?'",
            "/architecture, X86,           'is not one of ARM64, X86_64'",
            "/architecture, amd64,         'is not one of ARM64, X86_64'",
            "/networkMode,  awsvcp,        'did you mean ''awsvpc''?'"})
    void unknown(String field, String value, String says) {
        errorSays(Specs.fargate().set(field, value).compile(), "INVALID_VALUE", field, "'" + value + "'", says);
    }
}
