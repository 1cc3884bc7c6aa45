package io.taskdef.aws;

import io.taskdef.arn.Partition;
import io.taskdef.diag.Diagnostic;
import io.taskdef.model.ResolvedRef;
import io.taskdef.model.TaskModel;
import java.util.List;

/**
 * Verifies a compiled spec against AWS (DESIGN §3 "Verifying against AWS"): every resolved reference in
 * {@code secrets} and log {@code secretOptions}, and the execution role. Reads only; never returns or logs a
 * value. References the spec itself got wrong (unresolved, or in a region that is not one) are left to the
 * compile diagnostics.
 */
public final class Verifier {

    private final AwsClients aws;
    private final VerifyProperties props;

    public Verifier(AwsClients aws, VerifyProperties props) {
        this.aws = aws;
        this.props = props;
    }

    public boolean deepChecks() {
        return props.deepChecks();
    }

    public Verification verify(TaskModel model) {
        VerifyContext ctx = new VerifyContext(aws, props.deepChecks());
        SecretVerifier secrets = new SecretVerifier(aws, ctx);
        ParameterVerifier parameters = new ParameterVerifier(aws, ctx);
        for (ResolvedRef r : model.refs()) {
            if (!r.resolved() || !Partition.isValidRegion(r.region())) {
                continue;
            }
            if (r.secret() != null) {
                secrets.check(r);
            } else {
                parameters.check(r);
            }
        }
        RoleReport role = null;
        if (model.executionRole() != null && Partition.isValidRegion(model.region())) {
            String caller = CallerIdentity.account(aws, model.region());
            role = new ExecutionRoleVerifier(aws).check(model.executionRole(), caller, ctx.findings);
        }
        List<Diagnostic> errors = ctx.findings.errors();
        return new Verification(errors, ctx.findings.warnings(), List.copyOf(ctx.references), role, ctx.facts());
    }
}
