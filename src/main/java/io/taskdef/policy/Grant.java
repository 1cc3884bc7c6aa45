package io.taskdef.policy;

import java.util.List;
import java.util.Map;

/**
 * One permission a spec needs: actions on one resource, under one statement id. Grants with the same
 * {@code sid} merge into one statement; they must then agree on actions and condition.
 */
public record Grant(String sid, List<String> actions, String resource, Map<String, Map<String, String>> condition) {

    public static Grant of(String sid, String action, String resource) {
        return new Grant(sid, List.of(action), resource, null);
    }
}
