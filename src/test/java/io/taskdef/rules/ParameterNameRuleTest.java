package io.taskdef.rules;

import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.ref;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterNameRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"/prod/token", "token", "a.b-c_d", "arn:aws:ssm:us-east-1:123456789012:parameter/prod/token"})
    void validNames(String name) {
        ok(Specs.fargate().secret("S", ref("parameter", name)).compile());
        ok(Specs.fargate().secret("S", name).compile());
    }

    /** The object form points at its 'parameter' field; a raw valueFrom at the reference. */
    @ParameterizedTest
    @CsvSource({
            "/aws/token,      cannot begin with 'aws' or 'ssm'",
            "ssm-token,       cannot begin with 'aws' or 'ssm'",
            "/prod//token,    is not a valid parameter name",
            "/prod/token/,    is not a valid parameter name",
            "/prod/to ken,    is not a valid parameter name",
            "/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16, more than 15 hierarchy levels",
            "arn:aws:ssm:us-east-1:123456789012:parameter/aws/x, cannot begin with 'aws' or 'ssm'"})
    void invalidNames(String name, String says) {
        errorSays(Specs.fargate().secret("S", ref("parameter", name)).compile(), "PARAMETER_NAME", "/containers/0/secrets/S/parameter", says);
        errorSays(Specs.fargate().secret("S", name).compile(), "PARAMETER_NAME", "/containers/0/secrets/S", says);
    }

    @ParameterizedTest
    @CsvSource({"/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15", "p"})
    void depthBoundary(String name) {
        ok(Specs.fargate().secret("S", ref("parameter", name)).compile());
    }
}
