package io.taskdef.aws;

import io.taskdef.policy.TrustPolicy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads IAM policy documents as IAM returns them (URL-encoded JSON) and answers what the trust policy allows. */
final class TrustPolicies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TrustPolicies() {
    }

    /** The document as JSON: IAM's GetRole and GetRolePolicy return it URL-encoded; plain JSON is taken as it is. */
    static JsonNode parse(String document) {
        if (document == null) {
            return null;
        }
        String text = document.strip().startsWith("{") ? document : URLDecoder.decode(document, StandardCharsets.UTF_8);
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** True when an Allow statement lets the ecs-tasks.amazonaws.com service principal call sts:AssumeRole. */
    static boolean allowsEcsTasks(JsonNode policy) {
        if (policy == null) {
            return false;
        }
        for (JsonNode s : list(policy.get("Statement"))) {
            boolean allow = "Allow".equals(s.path("Effect").asString(""));
            boolean assume = list(s.get("Action")).stream().map(a -> a.asString("")).anyMatch(
                    a -> a.equals("sts:AssumeRole") || a.equals("sts:*") || a.equals("*"));
            boolean ecsTasks = list(s.path("Principal").get("Service")).stream().map(p -> p.asString(""))
                    .anyMatch(TrustPolicy.ECS_TASKS_PRINCIPAL::equals);
            if (allow && assume && ecsTasks) {
                return true;
            }
        }
        return false;
    }

    /** IAM allows a single value or an array wherever a list is meant. */
    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }
}
