package io.taskdef.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskdef.compile.TaskDefinitionFixtures.Fixture;
import io.taskdef.model.TaskModel;
import io.taskdef.wire.Json;
import io.taskdef.wire.SdkWireWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

/**
 * The task definition written straight from the model is the wire JSON the SDK writes for the same request:
 * same members, same order, same bytes. For every spec fixture, with and without overrides.
 */
class TaskDefinitionJsonTest {

    /**
     * The fingerprints of the fixtures as the SDK-object renderer (TaskDefinitionRenderer, since removed)
     * computed them. A fingerprint is the SHA-256 of the whole task
     * definition JSON, so an equal fingerprint is the same JSON, byte for byte: the task definitions already
     * registered keep their fingerprints.
     */
    static final Map<String, String> FINGERPRINTS_OF_THE_SDK_RENDERER = Map.ofEntries(
            Map.entry("/examples/01-whole-secret.yaml", "sha256:4a326e54b87dc7182cbd0baac8ae09b6da22c2d3566b7a4bbd8d303c28faa02d"),
            Map.entry("/examples/02-json-key.yaml", "sha256:eeaa68ce2755eac69a589c90b8970a863180e4491d03b064bdbd168a5d14eab4"),
            Map.entry("/examples/03-version-stage.yaml", "sha256:7efe623548ae1906888390601a3f2757ba3f4c34e32805109505eb1bdf6e89fb"),
            Map.entry("/examples/04-version-id.yaml", "sha256:30332b6775d6329e0b10dc151700687794c92eb6b07389230406e44cfb8a5f68"),
            Map.entry("/examples/05-json-key-and-stage.yaml", "sha256:d95212905b02f7cabe118a5e5e80d46b8b8d83c3ffacebd0cf35c577299f6326"),
            Map.entry("/examples/06-json-key-and-id.yaml", "sha256:2f169bb1a62a83d2623b9bae588acf2b9d1de46f7eb3c2c9c92d548ebf816cfc"),
            Map.entry("/examples/07-splunk-secret-options.yaml", "sha256:497455be45677c1f077da5c9c79612eefac862b4faf58fc6093058fc1db83702"),
            Map.entry("/examples/08-customer-managed-key.yaml", "sha256:1e4f3dca2968a784fe834daf5e1251d965bc2f1c1c8fd7a3f33ff898e93b78cf"),
            Map.entry("/examples/09-ssm-parameter.yaml", "sha256:7e026e3258192f0f4cc2007eaafbfa79d2105655e49347774b90351006ed691d"),
            Map.entry("/specs/design-example.yaml", "sha256:88bde5f82b73efd0f8658ecb90f8fd34d80478ee59b104504aad485d750ccf05"),
            Map.entry("/specs/ec2-linux-overrides.yaml", "sha256:9aea1e893f580ed3e3bc462db5a87b4f54b69c759621edecc868725b2acf024f"),
            Map.entry("/specs/ec2-windows-awslogs.yaml", "sha256:b6a80160fef09ba5143e2cbe7810606feb0f634d82fd00e91a189663ed0f263b"),
            Map.entry("/bench/small.json", "sha256:f661879f24272ae88420b43030e3c83248b5cb46ae3bd7b433dfc91a60b6fcad"),
            Map.entry("/bench/medium.json", "sha256:86fce8aefabe1452dd4be1471304e67d54bc0ebc8bb3c1cc95647598856aa2f0"),
            Map.entry("/bench/large.json", "sha256:e68112611d1f177777e9162ba3a0b49361767f7628e09f25e51539f1185c69b8"),
            Map.entry("every-member", "sha256:3a09081682c6314fec99860ac3446c9b572f9056e498bdac01e875a085b74e06"),
            Map.entry("task-overrides", "sha256:fb5e6fae8424ef95826736ec17cc667a3d54840384ab37f50130de83b6ba42c2"),
            Map.entry("container-overrides", "sha256:a0493a96e401c97d1e57504625c75fd790ce235d1681b71522648961bb482c5b"));

    static List<Fixture> fixtures() {
        return TaskDefinitionFixtures.all();
    }

    private static Outcome compile(Fixture f) {
        Outcome o = new Compiler().compile(f.body(), f.format());
        assertNotNull(o.result(), () -> f + " compiles: " + o.errors());
        return o;
    }

    private static byte[] sdkWire(RegisterTaskDefinitionRequest request) {
        return Json.bytes(g -> SdkWireWriter.write(request, g));
    }

    private static String text(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Test
    void everyFixtureHasItsFingerprint() {
        assertEquals(FINGERPRINTS_OF_THE_SDK_RENDERER.keySet(), fixtures().stream().map(Fixture::name).collect(Collectors.toSet()));
    }

    /** (b) The same bytes as the SDK-object renderer wrote: its fingerprints, kept from before it was removed. */
    @ParameterizedTest
    @MethodSource("fixtures")
    void sameTaskDefinitionAsTheSdkRenderer(Fixture f) throws Exception {
        CompileResult r = compile(f).result();
        assertEquals(FINGERPRINTS_OF_THE_SDK_RENDERER.get(f.name()), r.fingerprint(), f.name());
        // and the fingerprint is still the SHA-256 of the JSON with the placeholder in its place
        byte[] json = r.taskDefinitionJson().asUnquotedUTF8();
        byte[] zeroed = text(json).replace(r.fingerprint(), Fingerprint.PLACEHOLDER).getBytes(StandardCharsets.UTF_8);
        String sha = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zeroed));
        assertEquals(r.fingerprint(), sha);
    }

    /**
     * (a) The JSON written from the model is what the SDK writes for the request it stands for: read it into
     * the SDK request (the SDK's field metadata) and write that with the SDK's field walk; the bytes are equal,
     * so the member names and their order are the SDK's.
     */
    @ParameterizedTest
    @MethodSource("fixtures")
    void directJsonIsTheSdksWireJson(Fixture f) {
        Outcome o = compile(f);
        TaskModel model = o.model();
        byte[] direct = TaskDefinitionJson.write(model, Fingerprint.PLACEHOLDER);
        assertEquals(text(sdkWire(TaskDefinitionJson.read(direct))), text(direct), f.name());

        CompileResult r = o.result();
        byte[] json = r.taskDefinitionJson().asUnquotedUTF8();
        assertEquals(text(sdkWire(TaskDefinitionJson.read(json))), text(json), f.name());
        assertEquals(text(sdkWire(r.taskDefinition())), text(json), f.name());
        if (!TaskDefinitionJson.hasOverrides(model)) {
            // without overrides the result's JSON is the directly written one, fingerprint patched in
            assertArrayEquals(direct, text(json).replace(r.fingerprint(), Fingerprint.PLACEHOLDER).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The SDK request of a result is the one its JSON stands for, read once. */
    @ParameterizedTest
    @MethodSource("fixtures")
    void taskDefinitionIsReadFromTheJson(Fixture f) {
        CompileResult r = compile(f).result();
        RegisterTaskDefinitionRequest request = r.taskDefinition();
        assertEquals(TaskDefinitionJson.read(r.taskDefinitionJson().asUnquotedUTF8()), request);
        assertSame(request, r.taskDefinition());
        assertEquals(r.fingerprint(), request.tags().get(request.tags().size() - 1).value());
        assertEquals(CompileResult.FINGERPRINT_TAG, request.tags().get(request.tags().size() - 1).key());
    }

    /** Overrides are set on the SDK request and written by the SDK's walk, so they land where the SDK puts them. */
    @Test
    void overridesAreWrittenInTheSdksOrder() {
        CompileResult r = compile(TaskDefinitionFixtures.all().stream().filter(f -> f.name().equals("task-overrides")).findFirst().orElseThrow())
                .result();
        String json = r.taskDefinitionJson().getValue();
        assertTrue(json.indexOf("\"volumes\"") > json.indexOf("\"containerDefinitions\""), json);
        assertTrue(json.indexOf("\"volumes\"") < json.indexOf("\"requiresCompatibilities\""), json);
        assertTrue(json.endsWith(",\"enableFaultInjection\":true}"), json);
        assertEquals(30, r.taskDefinition().ephemeralStorage().sizeInGiB());
    }

    @Test
    void equalResultsForTheSameSpec() {
        Fixture f = TaskDefinitionFixtures.all().get(0);
        CompileResult a = compile(f).result();
        CompileResult b = compile(f).result();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        b.taskDefinition();
        assertEquals(a, b);
    }
}
