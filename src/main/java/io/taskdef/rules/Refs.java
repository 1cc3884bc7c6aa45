package io.taskdef.rules;

import io.taskdef.model.ResolvedRef;
import io.taskdef.model.TaskModel;
import java.util.ArrayList;
import java.util.List;

/** Small helpers the rules share for talking about references. */
final class Refs {

    private Refs() {
    }

    static List<ResolvedRef> resolved(TaskModel model) {
        List<ResolvedRef> out = new ArrayList<>(model.refs().size());
        for (ResolvedRef r : model.refs()) {
            if (r.resolved()) {
                out.add(r);
            }
        }
        return out;
    }

    /** "/containers/0/secrets/DB_PASSWORD uses a JSON key" */
    static String because(ResolvedRef r) {
        return r.pointer() + " " + r.feature();
    }
}
