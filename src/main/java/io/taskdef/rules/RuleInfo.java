package io.taskdef.rules;

import java.util.List;

/**
 * What a rule is, for the catalogue ({@code GET /v1/rules}).
 *
 * @param id      stable kebab-case id
 * @param codes   the diagnostic or requirement codes it may report
 * @param kind    "error", "warning", "requirement", or a combination such as "error, requirement"
 * @param summary the rule in one sentence
 * @param source  where the rule comes from (AWS documentation page)
 */
public record RuleInfo(String id, List<String> codes, String kind, String summary, String source) {
}
