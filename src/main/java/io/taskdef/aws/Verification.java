package io.taskdef.aws;

import io.taskdef.diag.Diagnostic;
import io.taskdef.model.Facts;
import java.util.List;

/**
 * What verifying a spec against AWS found: errors and warnings (each with a JSON pointer into the spec),
 * a report per reference and for the execution role, and the facts to compile the spec again with.
 */
public record Verification(List<Diagnostic> errors, List<Diagnostic> warnings, List<ReferenceReport> references,
                           RoleReport executionRole, Facts facts) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
