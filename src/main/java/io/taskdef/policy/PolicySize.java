package io.taskdef.policy;

import java.util.List;
import java.util.Map;

/**
 * The size of a policy document as IAM counts it against its quotas: the characters of its compact JSON
 * that are not whitespace. Counted from the document's structure, without writing the JSON (this runs on
 * every compile); a test holds it equal to counting the written JSON.
 */
public final class PolicySize {

    private PolicySize() {
    }

    public static int of(PolicyDocument d) {
        int n = 2 + field("Version", d.version()) + 1 + quoted("Statement") + 1 + 2;
        for (int i = 0; i < d.statement().size(); i++) {
            n += (i > 0 ? 1 : 0) + of(d.statement().get(i));
        }
        return n;
    }

    private static int of(Statement s) {
        int fields = 0;
        int n = 2;
        if (s.sid() != null) {
            n += field("Sid", s.sid());
            fields++;
        }
        n += field("Effect", s.effect());
        fields++;
        if (s.principal() != null) {
            n += quoted("Principal") + 1 + stringMap(s.principal());
            fields++;
        }
        if (s.action() != null) {
            n += quoted("Action") + 1 + list(s.action());
            fields++;
        }
        if (s.resource() != null) {
            n += quoted("Resource") + 1 + list(s.resource());
            fields++;
        }
        if (s.condition() != null) {
            n += quoted("Condition") + 1 + 2 + (s.condition().size() - 1);
            for (Map.Entry<String, Map<String, String>> e : s.condition().entrySet()) {
                n += quoted(e.getKey()) + 1 + stringMap(e.getValue());
            }
            fields++;
        }
        return n + fields - 1;
    }

    private static int field(String name, String value) {
        return quoted(name) + 1 + quoted(value);
    }

    private static int list(List<String> values) {
        int n = 2 + Math.max(0, values.size() - 1);
        for (String v : values) {
            n += quoted(v);
        }
        return n;
    }

    private static int stringMap(Map<String, String> map) {
        int n = 2 + Math.max(0, map.size() - 1);
        for (Map.Entry<String, String> e : map.entrySet()) {
            n += field(e.getKey(), e.getValue());
        }
        return n;
    }

    /** A JSON string literal's non-whitespace characters, escapes included. */
    static int quoted(String s) {
        int n = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x80 && c != '"' && c != '\\') { // the common case: printable ASCII, one character
                n++;
            } else if (c == '"' || c == '\\') {
                n += 2;
            } else if (c < 0x20) {
                n += c == '\n' || c == '\t' || c == '\r' || c == '\b' || c == '\f' ? 2 : 6;
            } else if (!Character.isWhitespace(c)) {
                n++;
            }
        }
        return n;
    }
}
