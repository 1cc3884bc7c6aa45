package io.taskdef.api;

import io.taskdef.compile.Outcome;
import io.taskdef.diag.Diagnostic;
import java.util.List;

/** The spec has errors: answered 422 with all of them. */
public final class InvalidSpecException extends RuntimeException {

    private final List<Diagnostic> errors;
    private final List<Diagnostic> warnings;

    public InvalidSpecException(List<Diagnostic> errors, List<Diagnostic> warnings) {
        super(errors.size() + " error(s) in the spec");
        this.errors = errors;
        this.warnings = warnings;
    }

    /** The outcome when it compiled, else this exception with all its errors. */
    static Outcome requireOk(Outcome outcome) {
        if (!outcome.ok()) {
            throw new InvalidSpecException(outcome.errors(), outcome.warnings());
        }
        return outcome;
    }

    public List<Diagnostic> errors() {
        return errors;
    }

    public List<Diagnostic> warnings() {
        return warnings;
    }
}
