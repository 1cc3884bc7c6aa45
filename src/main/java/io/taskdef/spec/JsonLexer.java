package io.taskdef.spec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the fast JSON paths share: reading tokens straight from the bytes of a UTF-8 JSON body that is
 * well-formed and within the {@link SpecLimits}, and giving up ({@link #GIVE_UP}) on anything else, so that
 * the Jackson path reads the body and reports what is wrong. {@link PlainJsonReader} builds a {@link SpecNode}
 * tree with it; {@link PlainSpecReader} binds a spec straight from the tokens.
 */
abstract class JsonLexer {

    /** Thrown to give up; no stack trace, shared, as it carries nothing. */
    static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    static final GiveUp GIVE_UP = new GiveUp();
    /** The bytes a string holds as they are: printable ASCII but the quote and the backslash. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (int c = 0x20; c < 0x80; c++) {
            PLAIN[c] = c != '"' && c != '\\';
        }
    }
    /** Eight bytes of a body as one long, lowest address lowest. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** Longer numbers go to Jackson, which has its own limit on them (64 characters). */
    private static final int MAX_NUMBER_LENGTH = 32;

    /**
     * The spec's own field names, found by their bytes: a name read from a body is then the binder's constant
     * (its hash code computed once, equal by reference), as Jackson's canonicalized names were, instead of a
     * new string to allocate and hash on every compile.
     */
    private static final String[] KNOWN_NAMES = knownNames();
    private static final int KNOWN_MASK = KNOWN_NAMES.length - 1;
    /** The ASCII bytes of each known name, in the same slots, compared with a body's bytes in one call. */
    private static final byte[][] KNOWN_BYTES = Arrays.stream(KNOWN_NAMES)
            .map(name -> name == null ? null : name.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

    private static String[] knownNames() {
        String[] table = new String[256];
        for (List<String> names : List.of(SpecBinder.TOP_FIELDS, SpecBinder.CONTAINER_FIELDS, SpecBinder.PORT_FIELDS,
                SpecBinder.LOGGING_FIELDS, SpecBinder.REF_FIELDS, SpecBinder.POLICY_FIELDS)) {
            for (String name : names) {
                int slot = name.hashCode() & (table.length - 1);
                while (table[slot] != null && !table[slot].equals(name)) {
                    slot = (slot + 1) & (table.length - 1);
                }
                table[slot] = name;
            }
        }
        return table;
    }

    final byte[] b;
    final int end;
    final SpecLimits limits;
    int i;
    int line = 1;
    int rowStart;
    private int tokens;
    /** Where the number {@link #number()} last read starts. */
    int numberStart;

    JsonLexer(byte[] body, SpecLimits limits) {
        this.b = body;
        this.end = body.length;
        this.limits = limits;
    }

    /** What {@code root} reads as the whole body, whitespace around it allowed; null when the body is given up on. */
    final <T> T whole(Supplier<T> root) {
        try {
            skipWhitespace();
            if (i >= end) {
                return null;
            }
            T value = root.get();
            skipWhitespace();
            return i == end ? value : null;
        } catch (GiveUp | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Counts one more value against the token limit. */
    final void token() {
        if (++tokens > limits.maxTokens()) {
            throw GIVE_UP;
        }
    }

    /** An object or array opened at {@code depth} (the root's is 1) past the depth limit gives up. */
    private void depth(int depth) {
        if (depth > limits.maxDepth()) {
            throw GIVE_UP;
        }
    }

    /**
     * Past the bracket at {@code i} that opens an object or array at {@code depth} (the root's is 1) and the
     * whitespace after it: true when a member or item follows, false past the {@code close} of an empty one.
     */
    final boolean opens(int depth, char close) {
        depth(depth);
        i++;
        skipWhitespace();
        if (b[i] == close) {
            i++;
            return false;
        }
        return true;
    }

    /** A member's name at {@code i} and the colon after it, leaving {@code i} at its value. */
    final String memberName() {
        if (b[i] != '"') {
            throw GIVE_UP;
        }
        String name = string(true);
        skipWhitespace();
        if (b[i++] != ':') {
            throw GIVE_UP;
        }
        skipWhitespace();
        return name;
    }

    /**
     * After a member or an item: true past the closing bracket, false past a comma and the whitespace after it;
     * anything else gives up.
     */
    final boolean closes(char close) {
        skipWhitespace();
        byte c = b[i++];
        if (c == close) {
            return true;
        }
        if (c != ',') {
            throw GIVE_UP;
        }
        skipWhitespace();
        return false;
    }

    /** The string starting at the quote at {@code i}; leaves {@code i} after the closing quote. */
    final String string(boolean name) {
        byte[] b = this.b;
        int start = i + 1;
        int p = start;
        // plain ASCII up to the closing quote, in locals: the loop every string and name runs; eight bytes at a time
        // while they are all plain (most strings of a spec are ARNs), then byte by byte to the first that is not
        while (p + 8 <= end && notPlain((long) LONGS.get(b, p)) == 0) {
            p += 8;
        }
        while (PLAIN[b[p] & 0xFF]) {
            p++;
        }
        i = p;
        if (b[p] != '"') { // an escape, a control character, or a byte of a multi-byte character
            return done(slowString(start, name));
        }
        i = p + 1;
        if (name) {
            String known = known(start, p - start);
            if (known != null) {
                return done(known); // the limit holds for field names too, known or not
            }
        }
        return done(new String(b, start, p - start, StandardCharsets.ISO_8859_1));
    }

    /** The known field name spelled by the {@code length} ASCII bytes at {@code start}, or null. */
    private String known(int start, int length) {
        int hash = 0;
        for (int k = start, e = start + length; k < e; k++) {
            hash = 31 * hash + b[k]; // String.hashCode of ASCII text
        }
        for (int slot = hash & KNOWN_MASK; ; slot = (slot + 1) & KNOWN_MASK) {
            byte[] candidate = KNOWN_BYTES[slot];
            if (candidate == null) {
                return null;
            }
            if (Arrays.equals(candidate, 0, candidate.length, b, start, start + length)) {
                return KNOWN_NAMES[slot];
            }
        }
    }

    private String done(String s) {
        if (s.length() > limits.maxStringLength()) {
            throw GIVE_UP;
        }
        return s;
    }

    /** The rest of a string with escapes or non-ASCII characters, ASCII from {@code start} to {@code i} already read. */
    private String slowString(int start, boolean name) {
        StringBuilder s = new StringBuilder(i - start + 16);
        for (int k = start; k < i; k++) {
            s.append((char) b[k]);
        }
        while (true) {
            int c = b[i++];
            if (c == '"') {
                return s.toString();
            }
            if (c == '\\') {
                char e = escape();
                if (name && Character.isSurrogate(e)) {
                    throw GIVE_UP; // Jackson checks the pairing of escaped surrogates in names; it reports what is wrong
                }
                s.append(e);
            } else if (c >= 0x20) {
                s.append((char) c);
            } else if (c >= 0) {
                throw GIVE_UP; // a raw control character
            } else {
                s.appendCodePoint(utf8(c & 0xFF));
            }
            if (s.length() > limits.maxStringLength()) {
                throw GIVE_UP;
            }
        }
    }

    private char escape() {
        byte c = b[i++];
        switch (c) {
            case '"':
            case '\\':
            case '/':
                return (char) c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                int v = 0;
                for (int k = 0; k < 4; k++) {
                    v = (v << 4) | hex(b[i++]);
                }
                return (char) v;
            default:
                throw GIVE_UP;
        }
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw GIVE_UP;
    }

    /**
     * The code point of the well-formed UTF-8 sequence whose first byte ({@code lead}) was just read (RFC 3629:
     * no overlong forms, no surrogates, nothing above U+10FFFF); anything else is given up on.
     */
    private int utf8(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return ((lead & 0x1F) << 6) | continuation(0x80, 0xBF);
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            int second = continuation(lead == 0xE0 ? 0xA0 : 0x80, lead == 0xED ? 0x9F : 0xBF);
            return ((lead & 0x0F) << 12) | (second << 6) | continuation(0x80, 0xBF);
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            int second = continuation(lead == 0xF0 ? 0x90 : 0x80, lead == 0xF4 ? 0x8F : 0xBF);
            int third = continuation(0x80, 0xBF);
            return ((lead & 0x07) << 18) | (second << 12) | (third << 6) | continuation(0x80, 0xBF);
        }
        throw GIVE_UP;
    }

    /** The low six bits of the next byte, which must lie in [{@code min}, {@code max}]. */
    private int continuation(int min, int max) {
        int c = b[i++] & 0xFF;
        if (c < min || c > max) {
            throw GIVE_UP;
        }
        return c & 0x3F;
    }

    /**
     * Reads a number as JSON writes it (RFC 8259 section 6) from {@code i}, leaving its start in
     * {@link #numberStart}; true when it has neither fraction nor exponent.
     */
    final boolean number() {
        int start = i;
        numberStart = start;
        if (b[i] == '-') {
            i++;
        }
        if (b[i] == '0') {
            i++;
        } else {
            digits();
        }
        boolean integral = true;
        if (i < end && b[i] == '.') {
            i++;
            digits();
            integral = false;
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (b[i] == '+' || b[i] == '-') {
                i++;
            }
            digits();
            integral = false;
        }
        if (i - start > MAX_NUMBER_LENGTH) {
            throw GIVE_UP;
        }
        // what follows ("01", "1.5.3", "truex") is checked by the caller: after a value only whitespace, ',', the
        // closing bracket or the end of the body may come
        return integral;
    }

    /** One or more digits. */
    private void digits() {
        byte[] b = this.b;
        int p = i;
        if (!isDigit(b[p])) {
            throw GIVE_UP;
        }
        do {
            p++;
        } while (p < end && isDigit(b[p]));
        i = p;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    final void literal(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (b[i++] != word.charAt(k)) {
                throw GIVE_UP;
            }
        }
    }

    /** Spaces, tabs and line ends (a CR LF pair is one line end, as is a CR alone). */
    /** Past the spaces from {@code p} on: eight bytes at a time, then byte by byte. */
    private static int spaces(byte[] b, int p, int end) {
        while (p + 8 <= end) {
            long other = (long) LONGS.get(b, p) ^ (ONES * ' ');
            if (other != 0) {
                return p + (Long.numberOfTrailingZeros(other) >>> 3); // little-endian: the first byte is the lowest
            }
            p += 8;
        }
        while (p < end && b[p] == ' ') {
            p++;
        }
        return p;
    }

    /**
     * Nonzero when one of the eight bytes of {@code v} is not plain: below 0x20, from 0x80 on, a quote or a
     * backslash (the "has a zero byte" and "has a byte less than" tests of Bit Twiddling Hacks, exact as to
     * whether any byte is, which is all this is asked).
     */
    static long notPlain(long v) {
        long quote = v ^ (ONES * '"');
        long backslash = v ^ (ONES * '\\');
        return ((v - ONES * 0x20) & ~v | (quote - ONES) & ~quote | (backslash - ONES) & ~backslash | v) & HIGHS;
    }

    final void skipWhitespace() {
        byte[] b = this.b;
        int p = i;
        int end = this.end;
        while (p < end) {
            byte c = b[p];
            if (c == ' ') {
                p++;
            } else if (c == '\n') {
                line++;
                rowStart = ++p;
                p = spaces(b, p, end); // the indentation of the next line
            } else if (c == '\t') {
                p++;
            } else if (c == '\r') {
                p++;
                if (p < end && b[p] == '\n') {
                    p++;
                }
                line++;
                rowStart = p;
            } else {
                break;
            }
        }
        i = p;
    }
}
