package io.taskdef.diag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects diagnostics and requirements while a spec is bound, checked and compiled. An error is kept once
 * per code and pointer: different problems with the same field (say, a version id Fargate 1.3.0 cannot
 * read and an environment variable also set in plain {@code environment}) are all reported. A field that
 * failed to bind reads as null, so the rules that read it skip it (or ask {@link #hasErrorAt}).
 */
public final class Findings {

    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();
    private final List<Requirement> requirements = new ArrayList<>();
    private final Set<String> errorPointers = new HashSet<>();
    private final Set<At> errorKeys = new HashSet<>();
    private final Set<Requirement> requirementKeys = new HashSet<>(); // each without its cause
    private final Set<At> warningKeys = new HashSet<>();

    /** A code at a pointer: what keeps an error (or a warning) from being reported twice. */
    private record At(String code, String pointer) {
    }

    public void error(String code, String pointer, String message) {
        add(Diagnostic.error(code, pointer, message));
    }

    public void warning(String code, String pointer, String message) {
        add(Diagnostic.warning(code, pointer, message));
    }

    public void add(Diagnostic d) {
        if (d.isError()) {
            if (errorKeys.add(new At(d.code(), d.pointer()))) {
                errorPointers.add(d.pointer());
                errors.add(d);
            }
        } else if (warningKeys.add(new At(d.code(), d.pointer())) || !warnings.contains(d)) {
            // a warning is kept once; most differ in code or pointer, so the list is only searched when those repeat
            warnings.add(d);
        }
    }

    /** Adds a requirement unless one with the same code and value is already there (the first cause wins). */
    public void require(Requirement r) {
        if (requirementKeys.add(new Requirement(r.code(), r.minimum(), r.setting(), r.endpoint(), null))) {
            requirements.add(r);
        }
    }

    /** True when an error was already reported at this pointer or below it. */
    public boolean hasErrorAt(String pointer) {
        if (errorPointers.contains(pointer)) {
            return true;
        }
        String prefix = pointer + "/";
        for (String p : errorPointers) {
            if (p.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<Diagnostic> errors() {
        return List.copyOf(errors);
    }

    public List<Diagnostic> warnings() {
        return List.copyOf(warnings);
    }

    public List<Requirement> requirements() {
        return List.copyOf(requirements);
    }
}
