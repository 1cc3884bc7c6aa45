package io.taskdef.compile;

import io.taskdef.diag.Diagnostic;
import io.taskdef.diag.Requirement;
import io.taskdef.model.TaskModel;
import java.util.List;

/**
 * Everything compiling a spec produced: the result when there were no errors, else the errors; warnings
 * and requirements either way. {@code model} is the resolved spec (null when the body was not an object).
 */
public record Outcome(CompileResult result, List<Diagnostic> errors, List<Diagnostic> warnings, List<Requirement> requirements,
                      TaskModel model) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
