package io.taskdef.compile;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link CompileResult} with its task definition as the JSON already rendered while fingerprinting
 * it, so the task definition is serialized once per compile; the other fields are written as usual.
 */
final class CompileResultSerializer extends ValueSerializer<CompileResult> {

    @Override
    public void serialize(CompileResult r, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeStartObject();
        gen.writeName("taskDefinition");
        gen.writeRawValue(r.taskDefinitionJson());
        field("executionRolePolicy", r.executionRolePolicy(), gen, ctxt);
        field("executionRoleTrustPolicy", r.executionRoleTrustPolicy(), gen, ctxt);
        field("requirements", r.requirements(), gen, ctxt);
        field("warnings", r.warnings(), gen, ctxt);
        field("snippets", r.snippets(), gen, ctxt);
        field("fingerprint", r.fingerprint(), gen, ctxt);
        gen.writeEndObject();
    }

    private static void field(String name, Object value, JsonGenerator gen, SerializationContext ctxt) {
        if (value != null) {
            gen.writeName(name);
            ctxt.writeValue(gen, value);
        }
    }
}
