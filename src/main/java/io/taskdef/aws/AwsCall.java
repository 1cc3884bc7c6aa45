package io.taskdef.aws;

import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs one AWS call under the name of its IAM action, so a failure can say which action was denied, timed
 * out or throttled. Expected answers such as "not found" are returned as empty instead of thrown.
 */
final class AwsCall {

    private AwsCall() {
    }

    static <T> T call(String action, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw new AwsCallException(action, e);
        }
    }

    /** The call's answer, or empty when it failed with one of {@code absent} (e.g. ResourceNotFoundException). */
    @SafeVarargs
    static <T> Optional<T> optional(String action, Supplier<T> call, Class<? extends SdkException>... absent) {
        try {
            return Optional.of(call.get());
        } catch (SdkException e) {
            for (Class<? extends SdkException> c : absent) {
                if (c.isInstance(e)) {
                    return Optional.empty();
                }
            }
            throw new AwsCallException(action, e);
        }
    }
}
