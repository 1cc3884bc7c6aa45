package io.taskdef.api;

import io.taskdef.diag.Diagnostic;
import io.taskdef.diag.Requirement;
import java.util.List;

/**
 * The answer of {@code POST /v1/taskdefs/validate}: every diagnostic, and whether the spec would compile.
 */
public record ValidationReport(boolean valid, List<Diagnostic> errors, List<Diagnostic> warnings, List<Requirement> requirements) {
}
