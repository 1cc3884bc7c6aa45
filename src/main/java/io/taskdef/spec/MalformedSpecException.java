package io.taskdef.spec;

/** The body is not well-formed JSON or YAML (or breaks a structural limit); carries where it went wrong. */
public final class MalformedSpecException extends RuntimeException {

    private final String code;
    private final String pointer;
    private final int line;
    private final int column;

    public MalformedSpecException(String code, String message, int line, int column) {
        this(code, message, null, line, column);
    }

    /** A body that parses but breaks a structural limit: {@code pointer} names the offending value. */
    public MalformedSpecException(String code, String message, String pointer, int line, int column) {
        super(message);
        this.code = code;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
    }

    /** The JSON pointer of the value that broke a limit, or null for a syntax error. */
    public String pointer() {
        return pointer;
    }

    public String code() {
        return code;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
