package io.taskdef.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges grants into a deterministic policy document: one statement per Sid, statements in a fixed order
 * (secrets, parameters, KMS, ECR, logs, then any other Sid alphabetically), actions and resources sorted and
 * deduplicated. The same grants in any order give the same document.
 */
public final class PolicyMerger {

    private PolicyMerger() {
    }

    public static PolicyDocument merge(List<Grant> grants) {
        // sorted lists with binary insertion instead of TreeMap/TreeSet: this runs on every compile, and a tree
        // calls compareTo through an interface that the rest of the service makes megamorphic
        List<Merged> bySid = new ArrayList<>();
        Merged last = null;
        for (Grant g : grants) {
            Merged m = last != null && last.sid.equals(g.sid()) ? last : merged(bySid, g);
            if (!Objects.equals(m.condition, g.condition())) {
                throw new IllegalStateException("grants for " + g.sid() + " disagree on their condition");
            }
            for (String action : g.actions()) {
                insertSorted(m.actions, action);
            }
            insertSorted(m.resources, g.resource());
            last = m;
        }
        Statement[] statements = new Statement[bySid.size()];
        for (int i = 0; i < statements.length; i++) {
            Merged m = bySid.get(i);
            statements[i] = new Statement(m.sid, "Allow", null, List.copyOf(m.actions), List.copyOf(m.resources), m.condition);
        }
        return new PolicyDocument(PolicyDocument.VERSION, List.of(statements));
    }

    /** The statement being merged for the grant's Sid, added in Sid order if it is the first. */
    private static Merged merged(List<Merged> bySid, Grant g) {
        int lo = 0;
        int hi = bySid.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareSids(bySid.get(mid).sid, g.sid());
            if (c == 0) {
                return bySid.get(mid);
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Merged m = new Merged(g.sid(), g.condition());
        bySid.add(lo, m);
        return m;
    }

    /** Adds {@code s} to the ascending, duplicate-free {@code list} unless it is there already. */
    static void insertSorted(List<String> list, String s) {
        int lo = 0;
        int hi = list.size();
        if (hi > 0 && list.get(hi - 1).compareTo(s) < 0) {
            list.add(s); // the common case: grants come in a stable order
            return;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = list.get(mid).compareTo(s);
            if (c == 0) {
                return;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        list.add(lo, s);
    }

    private static int compareSids(String a, String b) {
        int ra = rank(a);
        int rb = rank(b);
        return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
    }

    private static int rank(String sid) {
        if (sid.equals("ReadSecrets")) {
            return 0;
        }
        if (sid.equals("ReadParameters")) {
            return 1;
        }
        return sid.startsWith("Decrypt") ? 2 : 3;
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
        final String sid;
        final List<String> actions = new ArrayList<>(4);
        final List<String> resources = new ArrayList<>();
        final Map<String, Map<String, String>> condition;

        Merged(String sid, Map<String, Map<String, String>> condition) {
            this.sid = sid;
            this.condition = condition == null ? null : new LinkedHashMap<>(condition);
        }
    }
}
