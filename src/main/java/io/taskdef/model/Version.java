package io.taskdef.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A dotted version such as a Fargate platform version (1.4.0) or a container agent version (1.68.2). */
public record Version(int major, int minor, int patch) implements Comparable<Version> {

    private static final Pattern DOTTED = Pattern.compile("^v?(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,4}))?$");

    public static Version of(String s) {
        Matcher m = s == null ? null : DOTTED.matcher(s.trim());
        if (m == null || !m.matches()) {
            return null;
        }
        return new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
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
