package io.taskdef.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskdef.diag.Findings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * PlainSpecReader against the tree path it short-cuts (parse, then SpecBinder): whatever spec it accepts, the
 * tree path binds to the same spec, field for field and in the same order, without a finding. Checked on the
 * benchmark's specs, the bundled examples, generated specs with every kind of mistake, and every one-byte
 * change of the medium spec.
 */
class PlainSpecReaderTest {

    private static final SpecParser PARSER = new SpecParser(SpecLimits.DEFAULT);

    /** What the tree path makes of a body: its spec when binding found nothing, else null. */
    private static AppSpec treePath(byte[] body, SpecParser parser) {
        SpecParser.Parsed parsed;
        try {
            parsed = parser.parse(body, SpecFormat.JSON);
        } catch (MalformedSpecException e) {
            return null;
        }
        Findings findings = new Findings();
        parsed.diagnostics().forEach(findings::add);
        AppSpec spec = SpecBinder.bind(parsed.root(), findings);
        return findings.errors().isEmpty() && findings.warnings().isEmpty() && findings.requirements().isEmpty() ? spec : null;
    }

    /** Checks the one property; true when the plain reader accepted the body. */
    private static boolean sameWhereAccepted(byte[] body, SpecLimits limits) {
        AppSpec plain = PlainSpecReader.read(body, limits);
        if (plain == null) {
            return false;
        }
        AppSpec tree = treePath(body, limits == SpecLimits.DEFAULT ? PARSER : new SpecParser(limits));
        String text = new String(body, StandardCharsets.ISO_8859_1);
        assertNotNull(tree, () -> "accepted, but the tree path has findings or an error: " + text);
        assertEquals(tree, plain, text);
        assertEquals(tree.toString(), plain.toString(), text); // the maps' order too
        return true;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PlainSpecReaderTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/bench/small.json", "/bench/medium.json", "/bench/large.json"})
    void benchmarkSpecsTakeThePlainPath(String resource) throws IOException {
        assertTrue(sameWhereAccepted(resource(resource), SpecLimits.DEFAULT));
    }

    /** The bundled examples, written as JSON: all plain, so the examples a user starts from take the fast path. */
    @ParameterizedTest
    @ValueSource(strings = {"01-whole-secret", "02-json-key", "03-version-stage", "04-version-id", "05-json-key-and-stage",
            "06-json-key-and-id", "07-splunk-secret-options", "08-customer-managed-key", "09-ssm-parameter"})
    void bundledExamplesTakeThePlainPath(String example) throws IOException {
        Object tree = YAMLMapper.builder().build().readValue(resource("/examples/" + example + ".yaml"), Object.class);
        byte[] json = JsonMapper.builder().build().writeValueAsBytes(tree);
        assertTrue(sameWhereAccepted(json, SpecLimits.DEFAULT), new String(json, StandardCharsets.UTF_8));
    }

    /** Each one-byte change of the medium spec (a byte that matters to JSON, or a letter), and each byte removed. */
    @Test
    void everyOneByteChangeOfTheMediumSpec() throws IOException {
        byte[] body = resource("/bench/medium.json");
        byte[] replacements = {'"', '\\', '{', '}', '[', ']', ':', ',', ' ', '\n', '0', '9', '-', '.', 'e', 'x', 't', 'f', 'n', '~', '/',
                0, (byte) 0xC3};
        int accepted = 0;
        int total = 0;
        for (int at = 0; at < body.length; at++) {
            for (byte by : replacements) {
                byte[] changed = body.clone();
                changed[at] = by;
                accepted += sameWhereAccepted(changed, SpecLimits.DEFAULT) ? 1 : 0;
                total++;
            }
            byte[] shorter = new byte[body.length - 1];
            System.arraycopy(body, 0, shorter, 0, at);
            System.arraycopy(body, at + 1, shorter, at, body.length - at - 1);
            accepted += sameWhereAccepted(shorter, SpecLimits.DEFAULT) ? 1 : 0;
            total++;
        }
        // most changes inside a string leave a spec that binds, most others do not
        assertTrue(accepted > total / 10 && accepted < total * 9 / 10, accepted + " of " + total);
    }

    /** Generated specs, each field present or not, of its own type or of another, with unknown and repeated fields. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void generatedSpecs(long seed) {
        SpecGen gen = new SpecGen(new Random(seed));
        int accepted = 0;
        int docs = 2000;
        for (int doc = 0; doc < docs; doc++) {
            accepted += sameWhereAccepted(gen.document(), SpecLimits.DEFAULT) ? 1 : 0;
        }
        assertTrue(accepted > docs / 10 && accepted < docs * 9 / 10, accepted + " of " + docs); // both outcomes, often
    }

    /** Over each limit the plain reader gives up, and the tree path reports it. */
    @Test
    void limitsAreLeftToTheTreePath() {
        String ok = "{\"family\": \"f\", \"containers\": [{\"name\": \"a\", \"image\": \"i\", \"logging\": {\"driver\": \"awslogs\","
                + " \"secretOptions\": {\"k\": {\"secret\": \"s\"}}}}]}";
        byte[] body = ok.getBytes(StandardCharsets.UTF_8);
        // 11 values, 6 deep, the longest string the name secretOptions
        assertTrue(sameWhereAccepted(body, new SpecLimits(6, 13, 11, 10, 10)));
        assertNull(PlainSpecReader.read(body, new SpecLimits(5, 13, 11, 10, 10)), "depth");
        assertNull(PlainSpecReader.read(body, new SpecLimits(6, 12, 11, 10, 10)), "string length");
        assertNull(PlainSpecReader.read(body, new SpecLimits(6, 13, 10, 10, 10)), "tokens");
    }

    /** What binding converts or reports is left to it, even where the result would be the same. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"family\": \"f\", \"cpu\": \"1 vCPU\", \"containers\": []}", "{\"family\": \"f\", \"cpu\": 1024.0, \"containers\": []}",
            "{\"family\": \"f\", \"tags\": {\"a\": 1}, \"containers\": []}", "{\"family\": \"f\", \"region\": null, \"containers\": []}",
            "{\"family\": \"f\", \"usesVpcEndpoints\": \"true\", \"containers\": []}", "{\"family\": \"f\", \"overrides\": {}, \"containers\": []}",
            "{\"family\": \"f\", \"family\": \"f\", \"containers\": []}", "{\"family\": \"f\"}", "{\"containers\": []}",
            "{\"family\": \"f\", \"containers\": [{\"name\": \"a\"}]}", "{\"family\": \"f\", \"containers\": [{\"name\": \"a\", \"image\": \"i\", \"ports\": [\"80\"]}]}",
            "{\"family\": \"f\", \"containers\": [], \"extra\": 1}", "[]", "{\"family\": \"f\", \"containers\": [], \"cpu\": 1234567890}"})
    void leavesToTheTreePath(String body) {
        assertNull(PlainSpecReader.read(body.getBytes(StandardCharsets.UTF_8), SpecLimits.DEFAULT));
    }

    /** Random specs as JSON text: objects as lists of members, so that a member can repeat. */
    private static final class SpecGen {
        private final Random r;

        SpecGen(Random r) {
            this.r = r;
        }

        byte[] document() {
            StringBuilder s = new StringBuilder();
            write(spec(), s);
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }

        /** Usually {@code good}; now and then absent (null) or a value of another type. */
        private Object field(Object good) {
            int roll = r.nextInt(100);
            if (roll < 2) {
                return null;
            }
            if (roll < 4) {
                return other();
            }
            return good;
        }

        private Object other() {
            return switch (r.nextInt(8)) {
                case 0 -> "text";
                case 1 -> r.nextInt(3000);
                case 2 -> r.nextBoolean();
                case 3 -> Json.NULL;
                case 4 -> List.of();
                case 5 -> members();
                case 6 -> "0.5 vCPU";
                default -> new Json("1.5e3");
            };
        }

        private List<Object[]> members(Object... keyValues) {
            List<Object[]> m = new ArrayList<>();
            for (int k = 0; k < keyValues.length; k += 2) {
                Object v = field(keyValues[k + 1]);
                if (v != null) {
                    m.add(new Object[] {keyValues[k], v});
                }
            }
            if (r.nextInt(80) == 0) {
                m.add(new Object[] {r.nextBoolean() ? "unknownField" : "overrides", members()});
            }
            if (!m.isEmpty() && r.nextInt(80) == 0) {
                m.add(m.get(r.nextInt(m.size()))); // a repeated key
            }
            return m;
        }

        private String word() {
            String[] words = {"a", "prod/db", "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf", "/x/y", "~", "a/b", "é", "\\\"q\\\"",
                    "\\u00e9", "name", "secret", "awslogs", ""};
            return words[r.nextInt(words.length)];
        }

        private Object spec() {
            List<Object> containers = new ArrayList<>();
            for (int c = r.nextInt(4); c > 0; c--) {
                containers.add(r.nextInt(30) == 0 ? other() : container());
            }
            return members("family", word(), "region", "us-east-1", "cpu", 1024, "memory", r.nextBoolean() ? 2048 : -0, "launchType", "FARGATE",
                    "executionRoleArn", word(), "usesVpcEndpoints", r.nextBoolean(), "tags", stringMap(), "policy",
                    members("name", word(), "kmsViaService", true, "ecrPull", false, "logs", true), "containers", containers);
        }

        private Object container() {
            List<Object> ports = new ArrayList<>();
            for (int p = r.nextInt(3); p > 0; p--) {
                ports.add(r.nextBoolean() ? (Object) (8000 + p) : members("containerPort", 80, "hostPort", 80, "protocol", "tcp", "name", word()));
            }
            return members("name", word(), "image", word(), "essential", r.nextBoolean(), "ports", ports, "environment", stringMap(),
                    "secrets", refs(), "logging", members("driver", "splunk", "options", stringMap(), "secretOptions", refs()),
                    "command", r.nextBoolean() ? word() : List.of(word(), word()), "entryPoint", List.of(), "cpu", 256,
                    "memory", 512, "memoryReservation", 123456789);
        }

        private Object stringMap() {
            List<Object[]> m = new ArrayList<>();
            for (int k = r.nextInt(4); k > 0; k--) {
                m.add(new Object[] {r.nextInt(20) == 0 ? "a" : word() + k, field(word())}); // now and then a repeated key
            }
            m.removeIf(kv -> kv[1] == null);
            return m;
        }

        private Object refs() {
            List<Object[]> m = new ArrayList<>();
            for (int k = r.nextInt(4); k > 0; k--) {
                Object ref = r.nextBoolean() ? word() : members("secret", word(), "jsonKey", word(), "versionStage", "AWSCURRENT",
                        "versionId", word(), "kmsKey", word());
                m.add(new Object[] {word() + k, field(ref)});
            }
            m.removeIf(kv -> kv[1] == null);
            return m;
        }

        private String ws() {
            return switch (r.nextInt(6)) {
                case 0 -> " ";
                case 1 -> "\n  ";
                case 2 -> "\t";
                default -> "";
            };
        }

        @SuppressWarnings("unchecked")
        private void write(Object v, StringBuilder s) {
            s.append(ws());
            if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Object[]) {
                s.append('{');
                String sep = "";
                for (Object[] kv : (List<Object[]>) list) {
                    s.append(sep).append(ws()).append('"').append(kv[0]).append('"').append(ws()).append(':');
                    write(kv[1], s);
                    sep = ",";
                }
                s.append(ws()).append('}');
            } else if (v instanceof List<?> list) {
                if (list.isEmpty() && r.nextInt(4) == 0) {
                    s.append('{').append(ws()).append('}'); // an empty member list, or an empty array written as one
                } else {
                    s.append('[');
                    String sep = "";
                    for (Object item : list) {
                        s.append(sep);
                        write(item, s);
                        sep = ",";
                    }
                    s.append(ws()).append(']');
                }
            } else if (v instanceof String str) {
                s.append('"').append(str).append('"');
            } else {
                s.append(v);
            }
            s.append(ws());
        }
    }

    /** JSON text written as it is. */
    private record Json(String text) {
        static final Json NULL = new Json("null");

        @Override
        public String toString() {
            return text;
        }
    }
}
