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

    Position position();

    /** A short name of the node's JSON type, used in "expected X, found Y" messages. */
    String typeName();

    record Obj(Map<String, SpecNode> fields, Position position) implements SpecNode {
        public String typeName() {
            return "object";
        }
    }

    record Arr(List<SpecNode> items, Position position) implements SpecNode {
        public String typeName() {
            return "array";
        }
    }

    record Str(String value, Position position) implements SpecNode {
        public String typeName() {
            return "string";
        }
    }

    /** A number, kept as written so integers beyond int range and decimals can be reported exactly. */
    record Num(String text, boolean integral, Position position) implements SpecNode {
        public String typeName() {
            return "number";
        }
    }

    record Bool(boolean value, Position position) implements SpecNode {
        public String typeName() {
            return "boolean";
        }
    }

    record Null(Position position) implements SpecNode {
        public String typeName() {
            return "null";
        }
    }
}
