package io.taskdef.diag;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One finding about a spec. Written as {@code {code, pointer, message}}: whether it is an error or a warning
 * is said by the list it is in.
 *
 * @param code     stable, machine-readable code (see {@code GET /v1/rules})
 * @param pointer  RFC 6901 JSON pointer to the spec field the finding is about ("" is the whole spec)
 * @param message  what is wrong and how to fix it, for a person
 */
@JsonPropertyOrder({"code", "pointer", "message"})
public record Diagnostic(@JsonIgnore Severity severity, String code, String pointer, String message) {

    public static Diagnostic error(String code, String pointer, String message) {
        return new Diagnostic(Severity.ERROR, code, pointer, message);
    }

    public static Diagnostic warning(String code, String pointer, String message) {
        return new Diagnostic(Severity.WARNING, code, pointer, message);
    }

    @JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
