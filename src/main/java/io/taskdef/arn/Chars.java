package io.taskdef.arn;

/**
 * Character-class checks for identifiers, written as loops: they run for every name and ARN of every
 * compile, where a regular expression would cost a matcher each time.
 */
public final class Chars {

    private Chars() {
    }

    /** {@code s} has min..max characters, each an ASCII letter or digit or one of {@code extra}. */
    public static boolean alnumOr(String s, int min, int max, String extra) {
        int n = s.length();
        if (n < min || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isAlnum(c) && extra.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Exactly {@code count} ASCII digits. */
    public static boolean digits(String s, int count) {
        return s.length() == count && digitsAt(s, 0, count);
    }

    /** {@code count} ASCII digits from {@code from} on ({@code s} must be that long). */
    public static boolean digitsAt(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A UUID in its 8-4-4-4-12 hexadecimal form, either case. */
    public static boolean uuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23 ? c != '-' : !isHex(c)) {
                return false;
            }
        }
        return true;
    }

    /** A KMS key id: a UUID, or {@code mrk-} and 32 lowercase hexadecimal digits (a multi-Region key). */
    public static boolean kmsKeyId(String s) {
        if (!s.startsWith("mrk-")) {
            return uuid(s);
        }
        if (s.length() != 36) {
            return false;
        }
        for (int i = 4; i < 36; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    static boolean isAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    static boolean isLower(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
