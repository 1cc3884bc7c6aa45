package io.taskdef.api;

/** A request to a protected endpoint without an accepted bearer token (answered 401). */
final class Unauthorized extends RuntimeException {

    enum Reason {
        /** No Authorization: Bearer header. */
        MISSING,
        /** A bearer token that is not one of the configured ones. */
        INVALID,
        /** The service has no tokens configured, so it refuses every request to protected endpoints. */
        NOT_CONFIGURED
    }

    private final Reason reason;

    Unauthorized(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
