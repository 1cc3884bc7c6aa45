package io.taskdef.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Compact JSON written into one growing byte array: what the compile core writes on every compile (the
 * task definition, the compile result). The bytes are those Jackson's generator writes with this project's
 * settings (JsonWriterTest holds the two equal, character by character): UTF-8; {@code "}, {@code \}
 * and control characters escaped ({@code \b \t \n \f \r} by letter, the others as <code>&#92;u00XX</code>); a
 * surrogate that is not half of a pair escaped as <code>&#92;uXXXX</code>; nothing else escaped.
 *
 * <p>One final class with no buffer pool, no context objects and no virtual calls: in the service the same
 * Jackson generator code is also driven by Spring's message converters, and the compile path ran slower there
 * than in a loop. The caller writes a well-formed document; this class only places the commas and colons.
 */
public final class JsonWriter {

    /** A member name, quoted, escaped and followed by its colon once, when the writer's constant is made. */
    public static final class Name {
        private final byte[] quotedWithColon;

        private Name(byte[] quotedWithColon) {
            this.quotedWithColon = quotedWithColon;
        }

        @Override
        public String toString() {
            return new String(quotedWithColon, 0, quotedWithColon.length - 1, StandardCharsets.UTF_8);
        }
    }

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    /** For each ASCII character: 0 when written as is, the letter of its short escape, or 'u' for <code>&#92;u00XX</code>. */
    private static final byte[] ESCAPE = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPE[c] = 'u';
        }
        ESCAPE['\b'] = 'b';
        ESCAPE['\t'] = 't';
        ESCAPE['\n'] = 'n';
        ESCAPE['\f'] = 'f';
        ESCAPE['\r'] = 'r';
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
    }

    /** Largest buffer a thread keeps between documents; a larger one (a large spec's result) is dropped. */
    private static final int KEPT_BUFFER_BYTES = 64 * 1024;
    /**
     * Each thread's buffer between documents, taken while a document is written (a document begun inside
     * another gets its own). Reused, the buffer stays in the core's caches; a new one per document would be
     * 10 KB more allocated, and written through, per compile.
     */
    private static final ThreadLocal<byte[]> SPARE = new ThreadLocal<>();

    private final boolean returnsBuffer;
    private byte[] buf;
    private int len;
    /** Whether the next name or value follows a value at the same level, and so needs a comma first. */
    private boolean comma;

    /** A writer with a buffer of its own, of at least {@code initialCapacity} bytes. */
    public JsonWriter(int initialCapacity) {
        buf = new byte[Math.max(initialCapacity, 16)];
        returnsBuffer = false;
    }

    private JsonWriter(byte[] buf) {
        this.buf = buf;
        returnsBuffer = true;
    }

    /**
     * A writer on this thread's spare buffer; {@link #toByteArray} hands the buffer back. A writer that is
     * never finished only costs the next one a new buffer.
     */
    public static JsonWriter reusingBuffer() {
        byte[] spare = SPARE.get();
        if (spare == null) {
            return new JsonWriter(new byte[8192]);
        }
        SPARE.set(null);
        return new JsonWriter(spare);
    }

    public static Name name(String name) {
        JsonWriter w = new JsonWriter(name.length() + 8);
        w.quoted(name);
        w.put((byte) ':');
        return new Name(w.toByteArray());
    }

    public void writeStartObject() {
        separate();
        put((byte) '{');
        comma = false;
    }

    public void writeEndObject() {
        put((byte) '}');
        comma = true;
    }

    public void writeStartArray() {
        separate();
        put((byte) '[');
        comma = false;
    }

    public void writeEndArray() {
        put((byte) ']');
        comma = true;
    }

    public void writeName(Name name) {
        separate();
        put(name.quotedWithColon);
        comma = false;
    }

    public void writeName(String name) {
        separate();
        quoted(name);
        put((byte) ':');
        comma = false;
    }

    /** A string value; null is written as {@code null}. */
    public void writeString(String value) {
        separate();
        if (value == null) {
            put(NULL);
        } else {
            quoted(value);
        }
        comma = true;
    }

    public void writeNumber(long value) {
        separate();
        if (value >= 0 && value < 10) {
            put((byte) ('0' + value));
        } else {
            put(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
        }
        comma = true;
    }

    public void writeBoolean(boolean value) {
        separate();
        put(value ? TRUE : FALSE);
        comma = true;
    }

    public void writeNull() {
        separate();
        put(NULL);
        comma = true;
    }

    /** JSON already written (by this class or another writer) as a value. */
    public void writeRawValue(RawJson json) {
        separate();
        ensure(json.utf8Length());
        len += json.copyUtf8(buf, len);
        comma = true;
    }

    /** Takes the bytes of a finished document, which are valid only during the call. */
    @FunctionalInterface
    public interface Sink {
        void accept(byte[] bytes, int offset, int length) throws IOException;
    }

    /**
     * Hands what was written to {@code sink} without copying it, and is done as {@link #toByteArray} is: a writer
     * on the thread's spare buffer hands it back.
     */
    public void writeTo(Sink sink) throws IOException {
        try {
            sink.accept(buf, 0, len);
        } finally {
            release();
        }
    }

    /**
     * What was written, in an array of its exact length. A writer on the thread's spare buffer hands it back
     * and is done: nothing more can be written to it.
     */
    public byte[] toByteArray() {
        byte[] done = Arrays.copyOf(buf, len);
        release();
        return done;
    }

    private void release() {
        if (returnsBuffer) {
            if (buf.length <= KEPT_BUFFER_BYTES) {
                SPARE.set(buf);
            }
            buf = null;
        }
    }

    private void separate() {
        if (comma) {
            put((byte) ',');
        }
    }

    private void quoted(String s) {
        int n = s.length();
        // ASCII without escapes (almost every string here) takes n + 2 bytes; the rest grows the array as it goes
        ensure(n + 2);
        byte[] b = buf;
        int at = len;
        b[at++] = '"';
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if ((char) (c - 0x20) >= 0x60 || c == '"' || c == '\\') { // not printable ASCII, or escaped
                break;
            }
            b[at++] = (byte) c;
        }
        len = at;
        if (i < n) {
            rest(s, i, n);
        }
        put((byte) '"');
    }

    /** The string from {@code i} on, once a character that is not plain ASCII has come up. */
    private void rest(String s, int i, int n) {
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                byte e = ESCAPE[c];
                if (e == 0) {
                    put((byte) c);
                } else if (e == 'u') {
                    unicodeEscape(c);
                } else {
                    ensure(2);
                    buf[len++] = '\\';
                    buf[len++] = e;
                }
            } else if (c < 0x800) {
                ensure(2);
                buf[len++] = (byte) (0xC0 | (c >> 6));
                buf[len++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                ensure(4);
                buf[len++] = (byte) (0xF0 | (cp >> 18));
                buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                unicodeEscape(c);
            } else {
                ensure(3);
                buf[len++] = (byte) (0xE0 | (c >> 12));
                buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void unicodeEscape(char c) {
        ensure(6);
        buf[len++] = '\\';
        buf[len++] = 'u';
        buf[len++] = HEX[c >> 12];
        buf[len++] = HEX[(c >> 8) & 0xF];
        buf[len++] = HEX[(c >> 4) & 0xF];
        buf[len++] = HEX[c & 0xF];
    }

    private void put(byte b) {
        ensure(1);
        buf[len++] = b;
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
