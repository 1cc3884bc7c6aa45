package io.taskdef.api;

import io.taskdef.compile.CompileResult;
import io.taskdef.compile.Compiler;
import io.taskdef.compile.Outcome;
import io.taskdef.spec.MalformedSpecException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Compile and validate: the endpoints that need no AWS call. */
@RestController
class TaskdefController implements TaskdefApi {

    private final Compiler compiler;
    private final TaskdefProperties props;
    private final CompileResponseCache cache;

    TaskdefController(Compiler compiler, TaskdefProperties props, CompileResponseCache cache) {
        this.compiler = compiler;
        this.props = props;
        this.cache = cache;
    }

    @Override
    @PostMapping(path = "/v1/taskdefs/compile")
    public void compile(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SpecBody.Read body = SpecBody.read(request, props.limits().maxBodyBytes());
        byte[] cached = cache.get(body.bytes(), body.format());
        if (cached != null) {
            send(response, cached, 0, cached.length);
            return;
        }
        CompileResult result = InvalidSpecException.requireOk(compiler.compile(body.bytes(), body.format())).result();
        if (cache.enabled()) {
            byte[] json = result.toJson();
            cache.put(body.bytes(), body.format(), json);
            send(response, json, 0, json.length);
        } else {
            result.writeJson((json, offset, length) -> send(response, json, offset, length));
        }
    }

    private static void send(HttpServletResponse response, byte[] json, int offset, int length) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(length);
        response.getOutputStream().write(json, offset, length);
    }

    @Override
    @PostMapping(path = "/v1/taskdefs/validate")
    public ResponseEntity<ValidationReport> validate(HttpServletRequest request) throws IOException {
        ValidationReport report;
        try { // a body too large or in a form not read stays a problem; a malformed one is reported
            SpecBody.Read body = SpecBody.read(request, props.limits().maxBodyBytes());
            Outcome o = compiler.compile(body.bytes(), body.format());
            report = new ValidationReport(o.ok(), o.errors(), o.warnings(), o.requirements());
        } catch (MalformedSpecException e) {
            report = new ValidationReport(false, List.of(ProblemHandler.diagnostic(e)), List.of(), List.of());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }
}
