package io.taskdef.spec;

import java.util.List;
import java.util.Map;

/**
 * A parsed spec document: a small JSON/YAML tree that remembers where each value came from, so every
 * diagnostic can name the line and column as well as the JSON pointer.
 */
public sealed interface SpecNode {

    /** 1-based line and column of the value in the request body. */
    record Position(int line, int column) {
        public static final Position NONE = new Position(0, 0);

        @Override
        public String toString() {
            return "line " + line + ", column " + column;
        }
    }

    /** 1-based line of the value's first character; 0 when unknown. */
    int line();

    /** 1-based column of the value's first character, counted in bytes in JSON; 0 when unknown. */
    int column();

    /** Where the value starts. (Kept as two ints in each node: a position object per value cost an allocation each.) */
    default Position position() {
        return new Position(line(), column());
    }

    /** A short name of the node's JSON type, used in "expected X, found Y" messages. */
    String typeName();

    record Obj(Map<String, SpecNode> fields, int line, int column) implements SpecNode {
        public String typeName() {
            return "object";
        }
    }

    record Arr(List<SpecNode> items, int line, int column) implements SpecNode {
        public String typeName() {
            return "array";
        }
    }

    record Str(String value, int line, int column) implements SpecNode {
        public String typeName() {
            return "string";
        }
    }

    /** A number, kept as written so integers beyond int range and decimals can be reported exactly. */
    record Num(String text, boolean integral, int line, int column) implements SpecNode {
        public String typeName() {
            return "number";
        }
    }

    record Bool(boolean value, int line, int column) implements SpecNode {
        public String typeName() {
            return "boolean";
        }
    }

    record Null(int line, int column) implements SpecNode {
        public String typeName() {
            return "null";
        }
    }
}
