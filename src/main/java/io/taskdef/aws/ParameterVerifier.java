package io.taskdef.aws;

import static io.taskdef.aws.VerifyContext.field;

import io.taskdef.arn.ParameterRef;
import io.taskdef.model.ResolvedRef;
import java.util.List;
import software.amazon.awssdk.services.ssm.model.ParameterMetadata;
import software.amazon.awssdk.services.ssm.model.ParameterStringFilter;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * Checks one SSM Parameter Store reference: the parameter exists, and for a SecureString which KMS key
 * encrypts it. Reads metadata only (DescribeParameters), never the value.
 */
final class ParameterVerifier {

    static final String DEFAULT_KEY_ALIAS = "alias/aws/ssm";

    private final AwsClients aws;
    private final VerifyContext ctx;

    ParameterVerifier(AwsClients aws, VerifyContext ctx) {
        this.aws = aws;
        this.ctx = ctx;
    }

    void check(ResolvedRef r) {
        ParameterRef p = r.parameter();
        ParameterStringFilter byName = ParameterStringFilter.builder().key("Name").option("Equals").values(p.name()).build();
        List<ParameterMetadata> found = AwsCall.call("ssm:DescribeParameters",
                () -> aws.ssm(p.region()).describeParameters(b -> b.parameterFilters(byName))).parameters();
        if (found.isEmpty()) {
            ctx.findings.error("PARAMETER_NOT_FOUND", field(r, "parameter"), "SSM Parameter Store has no parameter '" + p.name() + "' in "
                    + p.region() + " (" + p.arn() + ")");
            ctx.references.add(new ReferenceReport(r.pointer(), "parameter", false, null, null, null, null));
            return;
        }
        ParameterMetadata m = found.get(0);
        if (m.type() != ParameterType.SECURE_STRING) {
            ctx.references.add(new ReferenceReport(r.pointer(), "parameter", true, p.arn(), m.typeAsString(), null, null));
            return;
        }
        KmsKeys.Key key = ctx.keys.resolve(p.region(), m.keyId(), DEFAULT_KEY_ALIAS);
        ctx.references.add(new ReferenceReport(r.pointer(), "parameter", true, p.arn(), m.typeAsString(), key.arn(),
                key.found() ? (key.awsManaged() ? "AWS" : "CUSTOMER") : null));
        ctx.checkKey(r, key, m.keyId());
    }
}
