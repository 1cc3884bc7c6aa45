package io.taskdef.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An IAM policy document. */
@JsonPropertyOrder({"Version", "Statement"})
public record PolicyDocument(
        @JsonProperty("Version") String version,
        @JsonProperty("Statement") List<Statement> statement) {

    public static final String VERSION = "2012-10-17";
}
