package io.taskdef.rules;

import io.taskdef.arn.ArnProblem;
import io.taskdef.diag.Findings;
import io.taskdef.model.ResolvedRef;
import io.taskdef.model.TaskModel;
import java.util.List;

/**
 * Base of the rules that report why a reference could not be resolved. Each subclass owns a set of
 * problem codes, so every code is reported by exactly one rule; the pointer names the field of the
 * reference object that is wrong, or the reference itself for a raw valueFrom.
 */
abstract class ReferenceProblemRule implements Rule {

    @Override
    public void check(TaskModel model, Findings findings) {
        for (ResolvedRef r : model.refs()) {
            ArnProblem p = r.problem();
            if (p != null && info().codes().contains(p.code())) {
                findings.error(p.code(), pointer(r, p.code()), p.message());
            }
        }
        extra(model, findings);
    }

    /** Further checks of the subclass beyond reporting resolution problems. */
    void extra(TaskModel model, Findings findings) {
    }

    static String pointer(ResolvedRef r, String code) {
        if (r.spec().isRaw()) {
            return r.pointer();
        }
        String field = switch (code) {
            case "INVALID_JSON_KEY" -> "/jsonKey";
            case "INVALID_VERSION_STAGE" -> "/versionStage";
            case "INVALID_VERSION_ID" -> "/versionId";
            case "SECRET_NAME", "PARAMETER_NAME", "INVALID_ARN", "ACCOUNT_REQUIRED" -> r.spec().secret() != null ? "/secret" : "/parameter";
            default -> "";
        };
        return r.pointer() + field;
    }

    static List<String> codes(String... codes) {
        return List.of(codes);
    }
}
