package io.taskdef.compile;

import io.taskdef.wire.Json;
import io.taskdef.wire.RawJson;
import io.taskdef.wire.SdkWireWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

/**
 * The fingerprint of a task definition, and its wire JSON, from one serialization: the request is written
 * with its fingerprint tag holding {@link #PLACEHOLDER}; the SHA-256 of those bytes is the fingerprint,
 * which then takes the placeholder's place (same length) to give the JSON of the final request. The JSON
 * comes from {@link TaskDefinitionJson}, or from the SDK's field walk when overrides changed the request.
 *
 * <p>The fingerprint is thus "SHA-256 of the task definition's wire JSON with the fingerprint zeroed":
 * deterministic, and it changes with every other byte of the task definition.
 */
final class Fingerprint {

    /** As long as a real fingerprint, so the JSON is patched in place. */
    static final String PLACEHOLDER = "sha256:" + "0".repeat(64);
    private static final byte[] TAG = ("{\"key\":\"" + CompileResult.FINGERPRINT_TAG + "\",\"value\":\"" + PLACEHOLDER + "\"}")
            .getBytes(StandardCharsets.UTF_8);

    /** The fingerprint, and the task definition's wire JSON with it in place. */
    record Rendered(String fingerprint, RawJson json) {
    }

    private Fingerprint() {
    }

    /** Writes the request with the SDK's field walk: for requests the spec's {@code overrides} changed. */
    static Rendered of(RegisterTaskDefinitionRequest withPlaceholder) {
        return of(Json.bytes(g -> SdkWireWriter.write(withPlaceholder, g)));
    }

    /** Hashes the wire JSON of a request whose fingerprint tag holds the placeholder, and patches it in place. */
    static Rendered of(byte[] json) {
        String fingerprint = "sha256:" + HexFormat.of().formatHex(sha256(json));
        // the tag object is written by us, so its bytes appear exactly once: user strings have their quotes escaped,
        // and TagsRule reserves the tag key
        int at = lastIndexOf(json, TAG);
        if (at < 0) {
            throw new IllegalStateException("the fingerprint tag is missing from the task definition");
        }
        byte[] value = fingerprint.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(value, 0, json, at + TAG.length - 2 - value.length, value.length);
        return new Rendered(fingerprint, new RawJson(json));
    }

    /** A fresh digest per call is cloned from this one: cheaper than looking the algorithm up among the providers. */
    private static final MessageDigest SHA256 = sha256Digest();

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return ((MessageDigest) SHA256.clone()).digest(bytes);
        } catch (CloneNotSupportedException e) {
            return sha256Digest().digest(bytes);
        }
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
