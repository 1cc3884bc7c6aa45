package io.taskdef.spec;

import io.taskdef.diag.Findings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed, pointer-aware access to the fields of one spec object. Reports unknown fields (with a "did you
 * mean" hint) once, on construction, and a type error for every field read with the wrong type; a field
 * with a wrong type reads as null so binding goes on and every mistake is reported in one pass.
 */
final class ObjectFields {

    private final SpecNode.Obj obj;
    private final String pointer;
    private final Findings findings;

    ObjectFields(SpecNode.Obj obj, String pointer, Findings findings, List<String> known, Map<String, String> misplaced) {
        this.obj = obj;
        this.pointer = pointer;
        this.findings = findings;
        for (String name : obj.fields().keySet()) {
            if (!isKnown(name, known)) {
                String where = misplaced.get(name);
                String hint = where != null ? "; did you mean '" + where + "'?" : DidYouMean.hint(name, known);
                findings.error("UNKNOWN_FIELD", Pointer.child(pointer, name), "unknown field '" + name + "'"
                        + (hint.isEmpty() ? " (known fields: " + String.join(", ", known) + ")" : hint));
            }
        }
    }

    /** {@code known.contains(name)}, with String's own equals (List.contains goes through Object.equals). */
    private static boolean isKnown(String name, List<String> known) {
        for (int i = 0, n = known.size(); i < n; i++) {
            if (known.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    String pointer(String name) {
        return Pointer.child(pointer, name);
    }

    /** The raw node, or null when absent or explicitly null. */
    SpecNode node(String name) {
        SpecNode n = obj.fields().get(name);
        return n instanceof SpecNode.Null ? null : n;
    }

    boolean has(String name) {
        return node(name) != null;
    }

    String string(String name) {
        SpecNode n = node(name);
        if (n instanceof SpecNode.Str str) {
            return str.value(); // the common case, without building a pointer
        }
        return n == null ? null : asString(n, pointer(name), findings);
    }

    Integer integer(String name) {
        SpecNode n = node(name);
        Integer fast = smallInteger(n);
        if (fast != null) {
            return fast; // the common case, without building a pointer
        }
        return n == null ? null : asInteger(n, pointer(name), findings);
    }

    /** The value of an integer node of at most 9 digits (which fits an int), else null. */
    private static Integer smallInteger(SpecNode n) {
        if (!(n instanceof SpecNode.Num num) || !num.integral()) {
            return null;
        }
        String text = num.text();
        int start = text.startsWith("-") ? 1 : 0;
        int len = text.length() - start;
        if (len < 1 || len > 9) {
            return null;
        }
        int value = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return start == 1 ? -value : value;
    }

    Boolean bool(String name) {
        SpecNode n = node(name);
        if (n == null) {
            return null;
        }
        if (n instanceof SpecNode.Bool b) {
            return b.value();
        }
        if (n instanceof SpecNode.Str s) {
            // the YAML 1.2 core schema's booleans, which Jackson's YAML parser (JSON schema) reads as text
            switch (s.value()) {
                case "true", "True", "TRUE":
                    return Boolean.TRUE;
                case "false", "False", "FALSE":
                    return Boolean.FALSE;
                default:
                    break;
            }
        }
        typeError(pointer(name), "true or false", n, findings);
        return null;
    }

    SpecNode.Obj object(String name) {
        SpecNode n = node(name);
        if (n == null) {
            return null;
        }
        if (n instanceof SpecNode.Obj o) {
            return o;
        }
        typeError(pointer(name), "an object", n, findings);
        return null;
    }

    SpecNode.Arr array(String name) {
        SpecNode n = node(name);
        if (n == null) {
            return null;
        }
        if (n instanceof SpecNode.Arr a) {
            return a;
        }
        typeError(pointer(name), "an array", n, findings);
        return null;
    }

    /** A map of strings; numbers and booleans are written as text, as ECS stores them. */
    Map<String, String> stringMap(String name) {
        SpecNode.Obj o = object(name);
        if (o == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        String base = pointer(name);
        for (Map.Entry<String, SpecNode> e : o.fields().entrySet()) {
            String v = e.getValue() instanceof SpecNode.Str str ? str.value() : asString(e.getValue(), Pointer.child(base, e.getKey()), findings);
            if (v != null) {
                out.put(e.getKey(), v);
            } else if (e.getValue() instanceof SpecNode.Null) {
                findings.error("INVALID_TYPE", Pointer.child(base, e.getKey()), "expected a string value, found null");
            }
        }
        return out;
    }

    /** A list of strings, or a single string taken as a one-element list. */
    List<String> stringList(String name) {
        SpecNode n = node(name);
        if (n == null) {
            return null;
        }
        if (n instanceof SpecNode.Str s) {
            return List.of(s.value());
        }
        if (!(n instanceof SpecNode.Arr a)) {
            typeError(pointer(name), "an array of strings", n, findings);
            return null;
        }
        List<String> out = new ArrayList<>(a.items().size());
        for (int i = 0; i < a.items().size(); i++) {
            SpecNode item = a.items().get(i);
            String v = item instanceof SpecNode.Str str ? str.value() : asString(item, Pointer.child(pointer(name), i), findings);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    static String asString(SpecNode n, String pointer, Findings findings) {
        if (n == null || n instanceof SpecNode.Null) {
            return null;
        }
        if (n instanceof SpecNode.Str s) {
            return s.value();
        }
        if (n instanceof SpecNode.Num num) {
            return num.text();
        }
        if (n instanceof SpecNode.Bool b) {
            return Boolean.toString(b.value());
        }
        typeError(pointer, "a string", n, findings);
        return null;
    }

    static Integer asInteger(SpecNode n, String pointer, Findings findings) {
        if (n == null || n instanceof SpecNode.Null) {
            return null;
        }
        Integer fast = smallInteger(n);
        if (fast != null) {
            return fast;
        }
        String text;
        if (n instanceof SpecNode.Num num) {
            text = num.text();
        } else if (n instanceof SpecNode.Str s) {
            text = s.value().trim();
        } else {
            typeError(pointer, "an integer", n, findings);
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(text);
            return d.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            findings.error("INVALID_TYPE", pointer, "expected an integer, found '" + text + "'");
            return null;
        }
    }

    static void typeError(String pointer, String expected, SpecNode found, Findings findings) {
        findings.error("INVALID_TYPE", pointer, "expected " + expected + ", found " + describe(found));
    }

    private static String describe(SpecNode n) {
        if (n instanceof SpecNode.Str s) {
            return "the string '" + (s.value().length() > 40 ? s.value().substring(0, 40) + "..." : s.value()) + "'";
        }
        if (n instanceof SpecNode.Num num) {
            return "the number " + num.text();
        }
        return "a " + n.typeName();
    }
}
