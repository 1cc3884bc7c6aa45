package io.taskdef.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** An IAM policy statement, written with IAM's capitalised element names. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"Sid", "Effect", "Principal", "Action", "Resource", "Condition"})
public record Statement(
        @JsonProperty("Sid") String sid,
        @JsonProperty("Effect") String effect,
        @JsonProperty("Principal") Map<String, String> principal,
        @JsonProperty("Action") List<String> action,
        @JsonProperty("Resource") List<String> resource,
        @JsonProperty("Condition") Map<String, Map<String, String>> condition) {
}
