package io.taskdef.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.SerializableString;

/**
 * JSON already written, as UTF-8 bytes, to be embedded as a value without being parsed or re-encoded
 * ({@code JsonGenerator.writeRawValue}). The text form is made only for writers that need characters.
 */
public final class RawJson implements SerializableString {

    private final byte[] utf8;
    private String text;

    public RawJson(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** How many bytes {@link #copyUtf8} copies. */
    public int utf8Length() {
        return utf8.length;
    }

    /** Copies the JSON into {@code dst} at {@code offset}, which must have room; returns the length copied. */
    public int copyUtf8(byte[] dst, int offset) {
        System.arraycopy(utf8, 0, dst, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public String getValue() {
        String t = text;
        if (t == null) {
            t = new String(utf8, StandardCharsets.UTF_8);
            text = t;
        }
        return t;
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public char[] asQuotedChars() {
        throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return utf8.clone();
    }

    @Override
    public byte[] asQuotedUTF8() {
        throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + utf8.length > buffer.length) {
            return -1;
        }
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        String t = getValue();
        if (offset + t.length() > buffer.length) {
            return -1;
        }
        t.getChars(0, t.length(), buffer, offset);
        return t.length();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
        throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (buffer.remaining() < utf8.length) {
            return -1;
        }
        buffer.put(utf8);
        return utf8.length;
    }

    @Override
    public String toString() {
        return getValue();
    }
}
