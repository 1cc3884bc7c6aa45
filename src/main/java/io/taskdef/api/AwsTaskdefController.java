package io.taskdef.api;

import io.taskdef.aws.Registrar;
import io.taskdef.aws.Registration;
import io.taskdef.aws.Verification;
import io.taskdef.aws.Verifier;
import io.taskdef.compile.Compiler;
import io.taskdef.compile.Outcome;
import io.taskdef.diag.Diagnostic;
import io.taskdef.wire.Json;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Verify and register: the endpoints that read and change AWS (bearer token required, see {@link AuthConfig}). */
@RestController
class AwsTaskdefController implements AwsTaskdefApi {

    private final Compiler compiler;
    private final Verifier verifier;
    private final Registrar registrar;
    private final TaskdefProperties props;

    AwsTaskdefController(Compiler compiler, Verifier verifier, Registrar registrar, TaskdefProperties props) {
        this.compiler = compiler;
        this.verifier = verifier;
        this.registrar = registrar;
        this.props = props;
    }

    @Override
    @PostMapping(path = "/v1/taskdefs/verify")
    public ResponseEntity<byte[]> verify(HttpServletRequest request) throws IOException {
        SpecBody.Read body = SpecBody.read(request, props.limits().maxBodyBytes());
        Outcome outcome = compiler.compile(body.bytes(), body.format());
        if (outcome.model() == null) {
            throw new InvalidSpecException(outcome.errors(), outcome.warnings());
        }
        Verification v = verifier.verify(outcome.model());
        Outcome resolved = compiler.compile(body.bytes(), body.format(), v.facts());
        boolean verified = resolved.ok() && v.ok();
        VerifyReport report = new VerifyReport(verified, verifier.deepChecks(), concat(resolved.errors(), v.errors()),
                concat(resolved.warnings(), v.warnings()), resolved.requirements(), v.references(), v.executionRole(),
                verified ? resolved.result() : null);
        return json(report);
    }

    @Override
    @PostMapping(path = "/v1/taskdefs/register")
    public ResponseEntity<byte[]> register(HttpServletRequest request,
                                           @RequestParam(defaultValue = "false") boolean verify,
                                           @RequestParam(defaultValue = "false") boolean applyPolicy,
                                           @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        SpecBody.Read body = SpecBody.read(request, props.limits().maxBodyBytes());
        Outcome outcome = InvalidSpecException.requireOk(compiler.compile(body.bytes(), body.format()));
        VerificationSummary summary = null;
        if (verify) {
            Verification v = verifier.verify(outcome.model());
            if (!v.ok()) {
                throw new VerificationFailedException(v);
            }
            outcome = InvalidSpecException.requireOk(compiler.compile(body.bytes(), body.format(), v.facts()));
            summary = new VerificationSummary(v.warnings(), v.references(), v.executionRole());
        }
        Registration r = registrar.register(outcome.result(), outcome.model(), applyPolicy, dryRun);
        return json(new RegisterResponse(r.taskDefinitionArn(), r.revision(), r.created(), r.policyApplied(), dryRun, r.actions(),
                r.diff(), summary, outcome.result()));
    }

    private static ResponseEntity<byte[]> json(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.bytes(body));
    }

    private static List<Diagnostic> concat(List<Diagnostic> a, List<Diagnostic> b) {
        List<Diagnostic> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
