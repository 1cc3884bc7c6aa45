package io.taskdef.spec;

import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.taskdef.compile.Outcome;
import io.taskdef.diag.Diagnostic;
import io.taskdef.diag.Findings;
import io.taskdef.rules.Specs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.PortMapping;

class SpecBinderTest {

    static AppSpec bind(String yaml, Findings findings) {
        SpecNode root = new SpecParser(SpecLimits.DEFAULT).parse(yaml.getBytes(StandardCharsets.UTF_8), SpecFormat.YAML).root();
        return SpecBinder.bind(root, findings);
    }

    static ContainerDefinition container(Outcome o) {
        return ok(o).result().taskDefinition().containerDefinitions().get(0);
    }

    /** Unknown fields at every level, with a "did you mean" from the spellings or from where the field really belongs. */
    @ParameterizedTest
    @CsvSource({
            "/famliy,                              did you mean 'family'?",
            "/platfromVersion,                     did you mean 'platformVersion'?",
            "/containerDefinitions,                did you mean 'containers'?",
            "/executionRole,                       did you mean 'executionRoleArn'?",
            "/requiresCompatibilities,             did you mean 'launchType'?",
            "/policy/kmsViaservice,                did you mean 'kmsViaService'?",
            "/containers/0/portMappings,           did you mean 'ports'?",
            "/containers/0/secretOptions,          did you mean 'logging.secretOptions'?",
            "/containers/0/memoryReserve,          did you mean 'memoryReservation'?",
            "/containers/0/ports/0/port,           did you mean 'containerPort'?",
            "/containers/0/logging/logDriver,      did you mean 'driver'?",
            "/containers/0/secrets/S/valueFrom,    did you mean 'a plain string instead of an object, or 'secret' / 'parameter''?",
            "/containers/0/secrets/S/key,          did you mean 'jsonKey'?",
            "/containers/0/secrets/S/versionstage, did you mean 'versionStage'?"})
    void unknownFieldsWithHints(String pointer, String hint) {
        Specs.Spec s = Specs.fargate().set("/containers/0/ports/0/containerPort", 80).set("/containers/0/logging/driver", "awslogs")
                .secret("S", Specs.ref("secret", "prod/db")).set(pointer, "x");
        String name = pointer.substring(pointer.lastIndexOf('/') + 1);
        errorSays(s.compile(), "UNKNOWN_FIELD", pointer, "unknown field '" + name + "'; " + hint);
    }

    @Test
    void unknownFieldWithoutHintListsTheKnownOnes() {
        errorSays(Specs.fargate().set("/banana", 1).compile(), "UNKNOWN_FIELD", "/banana",
                "(known fields: family, region, account, cluster, launchType,");
    }

    /** A value of the wrong type is an error at its pointer; numbers and booleans are taken as text where text is wanted. */
    @ParameterizedTest
    @CsvSource({
            "/family,                       '[\"web\"]',  expected a string, found a array",
            "/cpu,                          'true',       expected an integer, found a boolean",
            "/cpu,                          '\"lots\"',   expected an integer, found 'lots'",
            "/cpu,                          '256.5',      expected an integer, found '256.5'",
            "/cpu,                          '99999999999', expected an integer, found '99999999999'",
            "/usesVpcEndpoints,             '\"yes\"',    'expected true or false, found the string ''yes'''",
            "/tags,                         '[1]',        expected an object, found a array",
            "/tags/team,                    'null',       expected a string value, found null",
            "/containers,                   '{}',         expected an array, found a object",
            "/containers/0,                 '\"app\"',    'expected a container object, found the string ''app'''",
            "/containers/0/environment/A,   '{\"x\": 1}', expected a string, found a object",
            "/containers/0/command,         '{}',         expected an array of strings, found a object",
            "/containers/0/ports/0,         '\"http\"',   expected an integer, found 'http'",
            "/containers/0/secrets/S,       '42',         expected a valueFrom string or an object with 'secret' or 'parameter', found the number 42",
            "/policy/kmsViaService,         '1',          'expected true or false, found the number 1'"})
    void wrongTypes(String pointer, String json, String says) {
        Outcome o = Specs.json(patch(pointer, json));
        errorSays(o, "INVALID_TYPE", pointer, says);
    }

    /** The base spec with raw JSON at a pointer (replaced or added). */
    private static String patch(String pointer, String json) {
        Specs.Spec s = Specs.fargate().set("/tags/team", "x").set(pointer, "@@VALUE@@");
        return s.json().replace("\"@@VALUE@@\"", json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/family", "/containers/0/name", "/containers/0/image"})
    void requiredFields(String pointer) {
        Outcome missing = Specs.fargate().remove(pointer).compile();
        String name = pointer.substring(pointer.lastIndexOf('/') + 1);
        errorSays(missing, "REQUIRED_FIELD", pointer, "'" + name + "' is required");
        Outcome explicitNull = Specs.json(patch(pointer, "null"));
        Specs.error(explicitNull, "REQUIRED_FIELD", pointer);
    }

    @Test
    void moreRequiredFields() {
        errorSays(Specs.fargate().remove("/containers").compile(), "REQUIRED_FIELD", "/containers", "give at least one container");
        errorSays(Specs.fargate().set("/containers/0/logging/options/a", "b").compile(), "REQUIRED_FIELD", "/containers/0/logging/driver",
                "'driver' is required");
        errorSays(Specs.fargate().set("/containers/0/ports/0/protocol", "udp").compile(), "REQUIRED_FIELD", "/containers/0/ports/0/containerPort");
    }

    @Test
    void rootMustBeAnObject() {
        Outcome o = Specs.json("[1, 2]");
        assertEquals(List.of("INVALID_TYPE "), Specs.errors(o));
        assertNull(o.model());
    }

    /** Ports: a number, a numeric string, or the long form. */
    @Test
    void portsShortAndLongForm() {
        Outcome o = Specs.fargate().set("/containers/0/ports/0", 8080).set("/containers/0/ports/1", "8443")
                .set("/containers/0/ports/2", Map.of("containerPort", 9090, "protocol", "UDP", "name", "metrics", "appProtocol", "grpc")).compile();
        assertEquals(List.of(
                PortMapping.builder().containerPort(8080).protocol("tcp").build(),
                PortMapping.builder().containerPort(8443).protocol("tcp").build(),
                PortMapping.builder().containerPort(9090).protocol("udp").name("metrics").appProtocol("grpc").build()),
                container(o).portMappings());
    }

    /** cpu as units or vCPU; memory as MiB, MB/MiB or GB (1 GB = 1024 MiB). */
    @ParameterizedTest
    @CsvSource({
            "256,          512,       256,  512",
            "'\"256\"',    '\"512\"', 256,  512",
            "'\"0.25 vCPU\"', '\"512 MB\"', 256, 512",
            "'\"0.5 vCPU\"',  '\"2 GB\"',   512, 2048",
            "'\"1 vcpu\"',    '\"2 gb\"',   1024, 2048",
            "'\"2 vCPU\"',    '\"4096 MiB\"', 2048, 4096",
            "'\"4 vCPU\"',    '\"10 GB\"',    4096, 10240",
            "'\"8 vCPU\"',    '\"16.0 GB\"',  8192, 16384"})
    void cpuAndMemoryUnits(String cpu, String memory, int units, int mib) {
        String body = Specs.fargate().set("/cpu", "@@CPU@@").set("/memory", "@@MEM@@").json()
                .replace("\"@@CPU@@\"", cpu).replace("\"@@MEM@@\"", memory);
        Outcome o = ok(Specs.json(body));
        assertEquals(Integer.toString(units), o.result().taskDefinition().cpu());
        assertEquals(Integer.toString(mib), o.result().taskDefinition().memory());
    }

    @ParameterizedTest
    @CsvSource({"/cpu, 0.3 vCPU", "/memory, 0.0001 GB", "/containers/0/memoryReservation, 1.0001 GB"})
    void unitsThatAreNotWhole(String pointer, String value) {
        errorSays(Specs.fargate().set(pointer, value).compile(), "INVALID_VALUE", pointer, "does not give a whole number of units");
    }

    @Test
    void scalarsAsText() {
        Findings findings = new Findings();
        AppSpec spec = bind("""
                family: 2024
                account: 123456789012
                usesVpcEndpoints: "true"
                tags: {cost: 12.5, on: true}
                containers:
                  - name: app
                    image: nginx
                    command: echo hi
                    entryPoint: [sh, -c, 1]
                    essential: "false"
                """, findings);
        assertEquals(List.of(), findings.errors());
        assertEquals("2024", spec.family());
        assertEquals("123456789012", spec.account());
        assertEquals(Boolean.TRUE, spec.usesVpcEndpoints());
        assertEquals(Map.of("cost", "12.5", "on", "true"), spec.tags());
        ContainerSpec c = spec.containers().get(0);
        assertEquals(List.of("echo hi"), c.command());
        assertEquals(List.of("sh", "-c", "1"), c.entryPoint());
        assertEquals(Boolean.FALSE, c.essential());
    }

    /** YAML core-schema booleans and nulls in any of their spellings; other words are type errors. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"true | true", "True | true", "TRUE | true", "'\"true\"' | true", "false | false",
        "False | false", "FALSE | false", "~ | ", "Null | ", "yes | ERROR", "tRUE | ERROR", "1 | ERROR"})
    void yamlBooleans(String yaml, String expected) {
        Findings findings = new Findings();
        AppSpec spec = bind("family: web\nusesVpcEndpoints: " + yaml + "\ncontainers: [{name: app, image: nginx}]\n", findings);
        if ("ERROR".equals(expected)) {
            assertEquals(List.of("/usesVpcEndpoints"), findings.errors().stream().map(Diagnostic::pointer).toList());
        } else {
            assertEquals(List.of(), findings.errors());
            assertEquals(expected == null ? null : Boolean.valueOf(expected), spec.usesVpcEndpoints());
        }
    }

    /** References: a raw string or an object; each remembers its pointer. */
    @Test
    void references() {
        Findings findings = new Findings();
        AppSpec spec = bind("""
                family: web
                containers:
                  - name: app
                    image: nginx
                    secrets:
                      RAW: arn:aws:ssm:us-east-1:123456789012:parameter/x
                      OBJ: {secret: prod/db, jsonKey: k, versionStage: AWSPREVIOUS, kmsKey: alias/x}
                    logging:
                      driver: splunk
                      secretOptions:
                        splunk/token: {parameter: /p}
                """, findings);
        assertEquals(List.of(), findings.errors());
        ContainerSpec c = spec.containers().get(0);
        assertEquals(RefSpec.raw("/containers/0/secrets/RAW", "arn:aws:ssm:us-east-1:123456789012:parameter/x"), c.secrets().get("RAW"));
        assertEquals(new RefSpec("/containers/0/secrets/OBJ", null, "prod/db", null, "k", "AWSPREVIOUS", null, "alias/x"), c.secrets().get("OBJ"));
        assertEquals("/containers/0/logging/secretOptions/splunk~1token", c.logging().secretOptions().get("splunk/token").pointer());
    }

    @Test
    void policyOptions() {
        Findings findings = new Findings();
        AppSpec spec = bind("family: web\ncontainers: []\npolicy: {name: p, kmsViaService: false, ecrPull: true, logs: true}\n", findings);
        assertEquals(new PolicyOptions("p", false, true, true), spec.policy());
        assertEquals(PolicyOptions.DEFAULT, bind("family: web\ncontainers: []\n", new Findings()).policy());
    }

    /** Every mistake in one pass: binding goes on after each. */
    @Test
    void everyBindingErrorAtOnce() {
        Outcome o = Specs.yaml("""
                famly: web
                cpu: lots
                containers:
                  - name: app
                    imag: nginx
                    ports: [http]
                    secrets: {S: 1}
                """);
        assertEquals(List.of("UNKNOWN_FIELD /famly", "REQUIRED_FIELD /family", "INVALID_TYPE /cpu", "UNKNOWN_FIELD /containers/0/imag",
                "REQUIRED_FIELD /containers/0/image", "INVALID_TYPE /containers/0/ports/0", "INVALID_TYPE /containers/0/secrets/S"),
                Specs.errors(o).subList(0, 7));
    }
}
