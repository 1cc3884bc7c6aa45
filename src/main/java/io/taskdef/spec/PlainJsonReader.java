package io.taskdef.spec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast path of {@link SpecParser} for JSON bodies: reads a well-formed UTF-8 JSON document that is within
 * the {@link SpecLimits} and has no duplicate key straight from its bytes into the same {@link SpecNode} tree,
 * with the same positions (line, and column counted in bytes from 1, as Jackson's byte parser counts them),
 * as the Jackson path would build. Anything else (a syntax error, a limit, a duplicate key, a byte order
 * mark, a UTF-8 sequence it is not sure of, a long number) it gives up on and returns null, and the Jackson
 * path reads the body and reports what is wrong. So every diagnostic keeps its one source, and this class only
 * has to be exact for the documents it accepts (PlainJsonReaderTest compares the two paths on generated
 * documents and on every one-byte corruption of them).
 *
 * <p>Why it exists: a spec is parsed on every compile, and Jackson's general tokenizer (its buffer pool,
 * name canonicalization, text buffers and per-token state) cost more in the service than in a loop.
 */
final class PlainJsonReader extends JsonLexer {

    private PlainJsonReader(byte[] body, SpecLimits limits) {
        super(body, limits);
    }

    /** The tree of {@code body}, or null when the Jackson path has to read it. */
    static SpecNode read(byte[] body, SpecLimits limits) {
        PlainJsonReader r = new PlainJsonReader(body, limits);
        return r.whole(() -> r.value(1));
    }

    private SpecNode value(int depth) {
        int line = this.line;
        int column = i - rowStart + 1;
        token();
        byte c = b[i];
        switch (c) {
            case '{':
                return object(depth, line, column);
            case '[':
                return array(depth, line, column);
            case '"':
                return new SpecNode.Str(string(false), line, column);
            case 't':
                literal("true");
                return new SpecNode.Bool(true, line, column);
            case 'f':
                literal("false");
                return new SpecNode.Bool(false, line, column);
            case 'n':
                literal("null");
                return new SpecNode.Null(line, column);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number(line, column);
                }
                throw GIVE_UP;
        }
    }

    private SpecNode object(int depth, int line, int column) {
        FieldMap fields = new FieldMap();
        if (opens(depth, '}')) {
            do {
                String name = memberName();
                if (fields.putIfAbsent(name, value(depth + 1)) != null) {
                    throw GIVE_UP; // a duplicate key: the Jackson path reports it with both positions
                }
            } while (!closes('}'));
        }
        return new SpecNode.Obj(fields, line, column);
    }

    private SpecNode array(int depth, int line, int column) {
        List<SpecNode> items = new ArrayList<>();
        if (opens(depth, ']')) {
            do {
                items.add(value(depth + 1));
            } while (!closes(']'));
        }
        return new SpecNode.Arr(items, line, column);
    }

    private SpecNode number(int line, int column) {
        boolean integral = number();
        return new SpecNode.Num(new String(b, numberStart, i - numberStart, StandardCharsets.ISO_8859_1), integral, line, column);
    }
}
