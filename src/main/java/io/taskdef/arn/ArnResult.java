package io.taskdef.arn;

/** Either a parsed value or the problem that stopped it. */
public record ArnResult<T>(T value, ArnProblem problem) {

    public static <T> ArnResult<T> ok(T value) {
        return new ArnResult<>(value, null);
    }

    public static <T> ArnResult<T> fail(ArnProblem problem) {
        return new ArnResult<>(null, problem);
    }

    public static <T> ArnResult<T> fail(String code, String message) {
        return new ArnResult<>(null, ArnProblem.of(code, message));
    }

    public boolean ok() {
        return problem == null;
    }
}
