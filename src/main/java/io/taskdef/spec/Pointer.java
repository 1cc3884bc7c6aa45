package io.taskdef.spec;

/** RFC 6901 JSON pointers into the spec. */
public final class Pointer {

    public static final String ROOT = "";

    private Pointer() {
    }

    public static String child(String parent, String token) {
        return parent + "/" + escape(token);
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }
}
