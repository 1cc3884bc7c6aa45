package io.taskdef.spec;

/**
 * A reference to a secret value: either a raw {@code valueFrom} string ({@link #raw}), or an object with
 * exactly one of {@code secret} / {@code parameter} and the optional qualifiers.
 *
 * @param pointer where the reference is in the spec, for diagnostics
 */
public record RefSpec(
        String pointer,
        String raw,
        String secret,
        String parameter,
        String jsonKey,
        String versionStage,
        String versionId,
        String kmsKey) {

    public static RefSpec raw(String pointer, String valueFrom) {
        return new RefSpec(pointer, valueFrom, null, null, null, null, null, null);
    }

    public boolean isRaw() {
        return raw != null;
    }
}
