package io.taskdef.spec;

import java.util.Collection;
import java.util.Locale;

/** Suggests the closest known name for a misspelt one. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * The closest candidate by edit distance, or null. A candidate qualifies when it is within a small edit
     * distance, or when it starts like the given name (a shared start of at least 4 characters and at least
     * half the given name: "cont" for "containers", "environmentVars" for "environment"); among those the
     * smallest distance wins, so a shorter prefix never beats a closer spelling ("memoryReserve" is
     * "memoryReservation", not "memory").
     */
    public static String suggest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = given.toLowerCase(Locale.ROOT);
        int allowed = given.length() <= 4 ? 1 : Math.max(2, given.length() / 3);
        for (String c : candidates) {
            String cl = c.toLowerCase(Locale.ROOT);
            if (cl.equals(lower)) {
                return c;
            }
            int d = distance(lower, cl);
            int shared = sharedStart(lower, cl);
            boolean startsAlike = shared >= 4 && 2 * shared >= lower.length();
            if ((d <= allowed || startsAlike) && d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    private static int sharedStart(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** " (did you mean 'x'?)" or "". */
    public static String hint(String given, Collection<String> candidates) {
        String s = suggest(given, candidates);
        return s == null ? "" : "; did you mean '" + s + "'?";
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }
}
