package io.taskdef.arn;

/**
 * Why a reference or ARN could not be used.
 *
 * @param code      stable diagnostic code
 * @param message   what is wrong, for a person
 * @param corrected the string that would be right, when there is exactly one (e.g. the colons restored)
 */
public record ArnProblem(String code, String message, String corrected) {

    public static ArnProblem of(String code, String message) {
        return new ArnProblem(code, message, null);
    }
}
