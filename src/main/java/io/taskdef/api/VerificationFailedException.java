package io.taskdef.api;

import io.taskdef.aws.Verification;

/** register?verify=true found errors in AWS: nothing is registered (answered 422 with every finding). */
final class VerificationFailedException extends RuntimeException {

    private final Verification verification;

    VerificationFailedException(Verification verification) {
        super(verification.errors().size() + " verification error(s)");
        this.verification = verification;
    }

    Verification verification() {
        return verification;
    }
}
