package io.taskdef.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges grants into a deterministic policy document: one statement per Sid, statements in a fixed order
 * (secrets, parameters, KMS, ECR, logs, then any other Sid alphabetically), actions and resources sorted and
 * deduplicated. The same grants in any order give the same document.
 */
public final class PolicyMerger {

    private static final List<String> SID_ORDER = List.of("ReadSecrets", "ReadParameters");

    private PolicyMerger() {
    }

    public static PolicyDocument merge(List<Grant> grants) {
        Map<String, Merged> bySid = new TreeMap<>(PolicyMerger::compareSids);
        for (Grant g : grants) {
            Merged m = bySid.computeIfAbsent(g.sid(), sid -> new Merged(g.condition()));
            if (!Objects.equals(m.condition, g.condition())) {
                throw new IllegalStateException("grants for " + g.sid() + " disagree on their condition");
            }
            m.actions.addAll(g.actions());
            m.resources.add(g.resource());
        }
        List<Statement> statements = new ArrayList<>(bySid.size());
        for (Map.Entry<String, Merged> e : bySid.entrySet()) {
            Merged m = e.getValue();
            statements.add(new Statement(e.getKey(), "Allow", null, List.copyOf(m.actions), List.copyOf(m.resources), m.condition));
        }
        return new PolicyDocument(PolicyDocument.VERSION, List.copyOf(statements));
    }

    private static int compareSids(String a, String b) {
        int ra = rank(a);
        int rb = rank(b);
        return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
    }

    private static int rank(String sid) {
        int i = SID_ORDER.indexOf(sid);
        if (i >= 0) {
            return i;
        }
        if (sid.startsWith("Decrypt")) {
            return SID_ORDER.size();
        }
        return SID_ORDER.size() + 1;
    }

    /** A Sid-safe CamelCase word from any text: "secretsmanager.us-east-1" gives "SecretsmanagerUsEast1". */
    public static String sidPart(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean upper = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return sb.toString();
    }

    private static final class Merged {
        final TreeSet<String> actions = new TreeSet<>();
        final TreeSet<String> resources = new TreeSet<>();
        final Map<String, Map<String, String>> condition;

        Merged(Map<String, Map<String, String>> condition) {
            this.condition = condition == null ? null : new LinkedHashMap<>(condition);
        }
    }
}
