package io.taskdef.spec;

import java.util.Map;

/** A container's log configuration; {@code secretOptions} maps a log option name to a reference. */
public record LoggingSpec(String driver, Map<String, String> options, Map<String, RefSpec> secretOptions) {
}
