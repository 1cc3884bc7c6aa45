package io.taskdef.model;

/** A dotted version such as a Fargate platform version (1.4.0) or a container agent version (1.68.2). */
public record Version(int major, int minor, int patch) implements Comparable<Version> {

    /** {@code [v]MAJOR.MINOR[.PATCH]}, each part 1-4 digits, surrounding blanks ignored; null for anything else. */
    public static Version of(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        int[] parts = new int[3];
        int count = 0;
        int i = t.startsWith("v") ? 1 : 0;
        while (count < 3) {
            int start = i;
            int value = 0;
            while (i < t.length() && i - start < 5 && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                value = value * 10 + t.charAt(i++) - '0';
            }
            int digits = i - start;
            if (digits == 0 || digits > 4) {
                return null;
            }
            parts[count++] = value;
            if (i == t.length()) {
                break;
            }
            if (t.charAt(i++) != '.' || i == t.length()) {
                return null;
            }
        }
        return count >= 2 && i == t.length() ? new Version(parts[0], parts[1], parts[2]) : null;
    }

    public static Version parse(String s) {
        Version v = of(s);
        if (v == null) {
            throw new IllegalArgumentException(s);
        }
        return v;
    }

    public boolean isBefore(Version other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Version o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
