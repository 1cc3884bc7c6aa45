package io.taskdef.rules;

import java.util.List;

/**
 * Checks made while a body is parsed and bound rather than by a {@link Rule}: they are listed here so the
 * catalogue names every code a response can carry.
 */
public final class StructuralChecks {

    public static final List<RuleInfo> ALL = List.of(
            new RuleInfo("spec-syntax", List.of("MALFORMED_BODY", "EMPTY_BODY", "UNSUPPORTED_MEDIA_TYPE", "UNSUPPORTED_CONTENT_ENCODING", "BODY_TOO_LARGE", "MALFORMED_QUERY"),
                    "error", "the body is one JSON or YAML document (Content-Type application/json or application/yaml), uncompressed, within the size "
                            + "limit; syntax errors name line and column; query parameters have names", "RFC 8259; YAML 1.2; RFC 3986"),
            new RuleInfo("spec-limits", List.of("SPEC_TOO_DEEP", "STRING_TOO_LONG", "TOO_MANY_TOKENS", "YAML_ALIAS"), "error",
                    "nesting depth, string length and value count are bounded; YAML aliases are refused (no alias bombs)", "service limit"),
            new RuleInfo("spec-fields", List.of("UNKNOWN_FIELD", "DUPLICATE_KEY", "INVALID_TYPE", "REQUIRED_FIELD"), "error",
                    "only the fields of the app spec are accepted (unknown ones get a did-you-mean hint), each once, with its type; "
                            + "family, containers, and each container's name and image are required", "DESIGN §1"),
            new RuleInfo("overrides", List.of("UNKNOWN_ECS_FIELD", "OVERRIDE_CONFLICT", "UNSUPPORTED_OVERRIDE"), "error",
                    "overrides hold RegisterTaskDefinition / ContainerDefinition fields, checked against the ECS model; fields the spec "
                            + "sets itself (secrets, logging, family, ...) cannot be overridden", "API_RegisterTaskDefinition"));

    private StructuralChecks() {
    }
}
