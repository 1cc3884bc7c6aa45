package io.taskdef.spec;

import java.util.Collection;
import java.util.Locale;

/** Suggests the closest known name for a misspelt one. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The best candidate within a small edit distance, or null. */
    public static String suggest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = given.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            String cl = c.toLowerCase(Locale.ROOT);
            if (cl.equals(lower)) {
                return c;
            }
            int d = distance(lower, cl);
            if ((cl.startsWith(lower) || lower.startsWith(cl)) && Math.min(cl.length(), lower.length()) >= 4) {
                d = Math.min(d, 2);
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = given.length() <= 4 ? 1 : Math.max(2, given.length() / 3);
        return bestDistance <= allowed ? best : null;
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
