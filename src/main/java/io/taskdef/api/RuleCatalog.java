package io.taskdef.api;

import io.taskdef.rules.RuleInfo;
import java.util.List;

/**
 * The answer of {@code GET /v1/rules}.
 *
 * @param rules      the semantic rules, one per rule class
 * @param structural the checks made while parsing and binding a body
 * @param verify     the checks made against AWS by verify and register
 */
public record RuleCatalog(List<RuleInfo> rules, List<RuleInfo> structural, List<RuleInfo> verify) {
}
