package io.taskdef.spec;

/**
 * Bounds on what a spec may hold. The parser enforces the structural ones (depth, string length, token
 * count) while reading, so an oversized or hostile body is rejected before it is turned into a tree.
 *
 * @param maxDepth        deepest nesting of objects and arrays
 * @param maxStringLength longest string value or field name, in characters
 * @param maxTokens       most JSON/YAML tokens in one document
 * @param maxContainers   most containers in one spec (ECS allows 10 per task definition)
 * @param maxReferences   most secret and parameter references in one spec, over all containers
 */
public record SpecLimits(int maxDepth, int maxStringLength, int maxTokens, int maxContainers, int maxReferences) {

    public static final SpecLimits DEFAULT = new SpecLimits(32, 8192, 100_000, 10, 500);
}
