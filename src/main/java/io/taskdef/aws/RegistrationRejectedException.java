package io.taskdef.aws;

/** Registering cannot go ahead as asked, for a reason in the spec or the flags (answered 422, naming the field). */
public final class RegistrationRejectedException extends RuntimeException {

    private final String code;
    private final String pointer;

    public RegistrationRejectedException(String code, String pointer, String message) {
        super(message);
        this.code = code;
        this.pointer = pointer;
    }

    public String code() {
        return code;
    }

    public String pointer() {
        return pointer;
    }
}
