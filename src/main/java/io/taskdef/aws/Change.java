package io.taskdef.aws;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * One difference between the family's current revision and the compiled task definition, both as
 * normalized wire JSON.
 *
 * @param path    JSON pointer into the task definition (wire names)
 * @param op      {@code add} (only in the compiled one), {@code remove} (only in the current one) or {@code replace}
 * @param current the current value, absent for add
 * @param desired the compiled value, absent for remove
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One difference between the current revision and the compiled task definition")
public record Change(
        @Schema(example = "/containerDefinitions/0/environment/0/value") String path,
        @Schema(allowableValues = {"add", "remove", "replace"}) String op,
        @Schema(description = "The current value (any JSON value)", types = {"string", "number", "boolean", "object", "array"})
        JsonNode current,
        @Schema(description = "The compiled value (any JSON value)", types = {"string", "number", "boolean", "object", "array"})
        JsonNode desired) {
}
