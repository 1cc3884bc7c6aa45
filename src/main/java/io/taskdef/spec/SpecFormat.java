package io.taskdef.spec;

import java.util.Locale;
import java.util.Optional;

/** The two body formats a spec may arrive in. */
public enum SpecFormat {
    JSON, YAML;

    /**
     * The format named by a media type: {@code application/json} and any {@code +json} type are JSON;
     * {@code application/yaml}, {@code application/x-yaml}, {@code text/yaml} and {@code text/x-yaml} are YAML.
     */
    public static Optional<SpecFormat> fromMediaType(String type, String subtype) {
        String t = type.toLowerCase(Locale.ROOT);
        String s = subtype.toLowerCase(Locale.ROOT);
        if (t.equals("application") && (s.equals("json") || s.endsWith("+json"))) {
            return Optional.of(JSON);
        }
        if ((t.equals("application") || t.equals("text")) && (s.equals("yaml") || s.equals("x-yaml") || s.endsWith("+yaml"))) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }
}
