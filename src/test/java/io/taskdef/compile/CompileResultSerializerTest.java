package io.taskdef.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskdef.spec.SpecFormat;
import io.taskdef.wire.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written compile result writer says exactly what Jackson's databind says about the same records
 * (their annotations are the reference): same members, same order, same nulls left out.
 */
class CompileResultSerializerTest {

    static Stream<String> specs() {
        return Stream.of("/examples/01-whole-secret.yaml", "/examples/02-json-key.yaml", "/examples/03-version-stage.yaml",
                "/examples/04-version-id.yaml", "/examples/05-json-key-and-stage.yaml", "/examples/06-json-key-and-id.yaml",
                "/examples/07-splunk-secret-options.yaml", "/examples/08-customer-managed-key.yaml", "/examples/09-ssm-parameter.yaml",
                "/bench/small.json", "/bench/medium.json", "/bench/large.json");
    }

    @ParameterizedTest
    @MethodSource("specs")
    void writesWhatDatabindWritesForTheSameRecords(String resource) throws IOException {
        byte[] body;
        try (InputStream in = CompileResultSerializerTest.class.getResourceAsStream(resource)) {
            body = in.readAllBytes();
        }
        CompileResult r = new Compiler().compile(body, resource.endsWith(".json") ? SpecFormat.JSON : SpecFormat.YAML).result();
        assertTrue(r != null, resource + " compiles");

        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("taskDefinition", Json.mapper().readTree(r.taskDefinitionJson().toString()));
        putIfPresent(reference, "executionRolePolicy", r.executionRolePolicy());
        putIfPresent(reference, "executionRoleTrustPolicy", r.executionRoleTrustPolicy());
        putIfPresent(reference, "requirements", r.requirements());
        putIfPresent(reference, "warnings", r.warnings());
        putIfPresent(reference, "snippets", r.snippets());
        putIfPresent(reference, "fingerprint", r.fingerprint());

        assertEquals(Json.write(reference), Json.write(r));
    }

    private static void putIfPresent(Map<String, Object> map, String name, Object value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
