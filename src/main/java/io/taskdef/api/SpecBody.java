package io.taskdef.api;

import io.taskdef.spec.SpecFormat;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.MediaType;

/**
 * Reads a spec body straight from the request stream, bounded by the configured size, and decides its
 * format from Content-Type. Reading the stream ourselves (not with {@code @RequestBody}) keeps form-encoded
 * uploads intact: {@code curl --data-binary @app.yaml} sends application/x-www-form-urlencoded, and such a
 * body is sniffed (JSON when it starts with '{', else YAML) instead of being parsed as form fields.
 */
final class SpecBody {

    record Read(byte[] bytes, SpecFormat format) {
    }

    private SpecBody() {
    }

    static Read read(HttpServletRequest request, long maxBytes) throws IOException {
        SpecFormat declared = format(request.getContentType());
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            throw new ApiProblems.BodyTooLarge(maxBytes);
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            if (length >= 0) { // the usual case: read exactly the declared length, into one array of that size
                bytes = new byte[(int) length];
                int n = in.readNBytes(bytes, 0, bytes.length);
                if (n < bytes.length) {
                    bytes = Arrays.copyOf(bytes, n);
                }
            } else { // chunked: read up to one byte past the limit, to tell "at the limit" from "over it"
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        }
        if (bytes.length > maxBytes) {
            throw new ApiProblems.BodyTooLarge(maxBytes);
        }
        return new Read(bytes, declared != null ? declared : sniff(bytes));
    }

    /** The declared format; null when the type says nothing about it (absent, form, text, octet-stream). */
    static SpecFormat format(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            throw new ApiProblems.UnsupportedType(contentType);
        }
        Optional<SpecFormat> f = SpecFormat.fromMediaType(type.getType(), type.getSubtype());
        if (f.isPresent()) {
            return f.get();
        }
        if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED) || type.isCompatibleWith(MediaType.TEXT_PLAIN)
                || type.isCompatibleWith(MediaType.APPLICATION_OCTET_STREAM)) {
            return null;
        }
        throw new ApiProblems.UnsupportedType(contentType);
    }

    static SpecFormat sniff(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '{' || b == '[') {
                return SpecFormat.JSON;
            }
            if (!(b == ' ' || b == '\t' || b == '\r' || b == '\n')) {
                return SpecFormat.YAML;
            }
        }
        return SpecFormat.JSON;
    }
}
