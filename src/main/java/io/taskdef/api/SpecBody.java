package io.taskdef.api;

import io.taskdef.spec.MalformedSpecException;
import io.taskdef.spec.SpecFormat;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Reads a spec body straight from the request stream, bounded by the configured size, and decides its
 * format from Content-Type. Reading the stream ourselves (not with {@code @RequestBody}) keeps form-encoded
 * uploads intact: {@code curl --data-binary @app.yaml} sends application/x-www-form-urlencoded, and such a
 * body is sniffed (JSON when it starts with '{', else YAML) instead of being parsed as form fields.
 *
 * <p>The body is read as sent: a Content-Encoding other than identity (a gzipped body) is refused with 415
 * rather than parsed as garbage. A charset other than UTF-8 (or its subset US-ASCII) in the Content-Type is
 * honoured: the body is decoded with it and handed on as UTF-8, and a body that is not valid in that charset
 * is malformed.
 */
final class SpecBody {

    record Read(byte[] bytes, SpecFormat format) {
    }

    private SpecBody() {
    }

    static Read read(HttpServletRequest request, long maxBytes) throws IOException {
        MediaType type = mediaType(request.getContentType());
        SpecFormat declared = format(type);
        refuseContentCoding(request.getHeaders(HttpHeaders.CONTENT_ENCODING));
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
        Charset charset = type == null ? null : type.getCharset();
        if (charset != null && !charset.equals(StandardCharsets.UTF_8) && !charset.equals(StandardCharsets.US_ASCII)) {
            bytes = toUtf8(bytes, charset);
        }
        return new Read(bytes, declared != null ? declared : sniff(bytes));
    }

    /** The parsed Content-Type, or null when there is none. */
    private static MediaType mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaType(contentType); // also refuses a charset the JVM does not know
        } catch (IllegalArgumentException e) {
            throw ApiProblems.UnsupportedType.mediaType(contentType);
        }
    }

    /** Every coding named by the Content-Encoding headers must be identity. */
    private static void refuseContentCoding(Enumeration<String> headers) {
        while (headers != null && headers.hasMoreElements()) {
            for (String coding : headers.nextElement().split(",")) {
                String c = coding.trim();
                if (!c.isEmpty() && !c.equalsIgnoreCase("identity")) {
                    throw ApiProblems.UnsupportedType.contentEncoding(c);
                }
            }
        }
    }

    /** The body, decoded with the charset its Content-Type names, as UTF-8. */
    private static byte[] toUtf8(byte[] bytes, Charset charset) {
        try {
            CharBuffer text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return text.toString().getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new MalformedSpecException("MALFORMED_BODY", "the body is not valid " + charset.name()
                    + " text, the charset its Content-Type names", 0, 0);
        }
    }

    /** The declared format; null when the type says nothing about it (absent, form, text, octet-stream). */
    private static SpecFormat format(MediaType type) {
        if (type == null) {
            return null;
        }
        Optional<SpecFormat> f = SpecFormat.fromMediaType(type.getType(), type.getSubtype());
        if (f.isPresent()) {
            return f.get();
        }
        if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED) || type.isCompatibleWith(MediaType.TEXT_PLAIN)
                || type.isCompatibleWith(MediaType.APPLICATION_OCTET_STREAM)) {
            return null;
        }
        throw ApiProblems.UnsupportedType.mediaType(type.toString());
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
