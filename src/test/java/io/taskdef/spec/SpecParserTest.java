package io.taskdef.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.taskdef.compile.Outcome;
import io.taskdef.diag.Diagnostic;
import io.taskdef.rules.Specs;
import io.taskdef.wire.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecParserTest {

    static final SpecParser PARSER = new SpecParser(SpecLimits.DEFAULT);

    static SpecParser.Parsed parse(String body, SpecFormat format) {
        return PARSER.parse(body.getBytes(StandardCharsets.UTF_8), format);
    }

    static MalformedSpecException malformed(SpecParser parser, String body, SpecFormat format) {
        return assertThrows(MalformedSpecException.class, () -> parser.parse(body.getBytes(StandardCharsets.UTF_8), format));
    }

    static final String YAML_SPEC = """
            family: web
            cpu: 256
            memory: "0.5 GB"
            containers:
              - name: app
                image: nginx:1.27
                ports: [8080, {containerPort: 9090, protocol: udp}]
                secrets:
                  A: "arn:aws:secretsmanager:us-east-1:123456789012:secret:appauthexample-AbCdEf:username1::"
            """;
    static final String JSON_SPEC = """
            {"family": "web", "cpu": 256, "memory": "0.5 GB",
             "containers": [{"name": "app", "image": "nginx:1.27", "ports": [8080, {"containerPort": 9090, "protocol": "udp"}],
               "secrets": {"A": "arn:aws:secretsmanager:us-east-1:123456789012:secret:appauthexample-AbCdEf:username1::"}}]}
            """;

    /** The same spec in JSON and YAML compiles to byte-identical output. */
    @Test
    void jsonAndYamlAreTheSameSpec() {
        Outcome yaml = Specs.ok(Specs.yaml("executionRoleArn: " + Specs.ROLE + "\n" + YAML_SPEC));
        Outcome json = Specs.ok(Specs.json("{\"executionRoleArn\": \"" + Specs.ROLE + "\", " + JSON_SPEC.trim().substring(1)));
        assertEquals(Json.write(yaml.result()), Json.write(json.result()));
    }

    @Test
    void positionsAreOneBased() {
        SpecNode.Obj root = (SpecNode.Obj) parse(YAML_SPEC, SpecFormat.YAML).root();
        assertEquals(new SpecNode.Position(1, 1), root.position());
        assertEquals(new SpecNode.Position(2, 6), root.fields().get("cpu").position());
        SpecNode.Obj json = (SpecNode.Obj) parse(JSON_SPEC, SpecFormat.JSON).root();
        assertEquals(new SpecNode.Position(1, 26), json.fields().get("cpu").position());
    }

    @ParameterizedTest
    @CsvSource({
            "'{\"a\": 1, \"b\": 1.5, \"c\": 99999999999999999999, \"d\": \"1\"}', JSON",
            "'a: 1\nb: 1.5\nc: 99999999999999999999\nd: \"1\"\n',              YAML"})
    void scalarsKeepTheirText(String body, SpecFormat format) {
        SpecNode.Obj root = (SpecNode.Obj) parse(body, format).root();
        assertEquals("1", ((SpecNode.Num) root.fields().get("a")).text());
        assertTrue(((SpecNode.Num) root.fields().get("a")).integral());
        assertEquals("1.5", ((SpecNode.Num) root.fields().get("b")).text());
        assertEquals("99999999999999999999", ((SpecNode.Num) root.fields().get("c")).text());
        assertInstanceOf(SpecNode.Str.class, root.fields().get("d"));
    }

    /** YAML's core-schema nulls are nulls when plain (Jackson's YAML parser reads them as text); quoted, block or tagged they stay text. */
    @ParameterizedTest
    @MethodSource
    void yamlNullWords(String body, String expected) {
        SpecNode.Obj root = (SpecNode.Obj) parse(body, SpecFormat.YAML).root();
        SpecNode v = root.fields().get("v");
        if (v instanceof SpecNode.Arr a) {
            v = a.items().get(0);
        } else if (v instanceof SpecNode.Obj o) {
            v = o.fields().get("w");
        }
        if (expected == null) {
            assertInstanceOf(SpecNode.Null.class, v, body);
        } else {
            assertEquals(expected, ((SpecNode.Str) v).value(), body);
        }
    }

    static Stream<Arguments> yamlNullWords() {
        return Stream.of(
                arguments("v: ~\n", null),
                arguments("v: Null\n", null),
                arguments("v: NULL\n", null),
                arguments("v: null\n", null),
                arguments("v:\n", null),
                arguments("v:", null),
                arguments("v:   ~   # note\n", null),
                arguments("v: [~]\n", null),
                arguments("v: {w: ~}\n", null),
                arguments("ü: x\nö: ~\nv: ~\n", null),
                arguments("v: '~'\n", "~"),
                arguments("v: \"~\"\n", "~"),
                arguments("v: \"\"\n", ""),
                arguments("v: ''\n", ""),
                arguments("v: !!str ~\n", "~"),
                arguments("v: |-\n  ~\n", "~"),
                arguments("ü: 'ä'\nv: '~'\n", "~"),
                arguments("w: ü\nv: ['~', ü]\n", "~"),
                arguments("v: nULL\n", "nULL"),
                arguments("v: ~x\n", "~x"));
    }

    @Test
    void aYamlTildeRoleIsNoRole() {
        Outcome o = Specs.yaml("family: web\nexecutionRoleArn: " + Specs.ROLE + "\ntaskRoleArn: ~\nnetworkMode: ~\n" + YAML_SPEC.substring(YAML_SPEC.indexOf("cpu")));
        assertTrue(o.ok(), o.errors().toString());
    }

    /** Every repeated key is a DUPLICATE_KEY diagnostic with its pointer and both places; the first value is kept. */
    @Test
    void duplicateKeysInJson() {
        SpecParser.Parsed p = parse("{\"a\": 1,\n \"a\": 2,\n \"b\": {\"c/d\": 1, \"c/d\": 2}}", SpecFormat.JSON);
        assertEquals(List.of(
                Diagnostic.error("DUPLICATE_KEY", "/a", "'a' is given twice (values at line 1, column 7 and line 2, column 7); keep one of them"),
                Diagnostic.error("DUPLICATE_KEY", "/b/c~1d", "'c/d' is given twice (values at line 3, column 15 and line 3, column 25); keep one of them")),
                p.diagnostics());
        assertEquals("1", ((SpecNode.Num) ((SpecNode.Obj) p.root()).fields().get("a")).text());
    }

    @Test
    void duplicateKeysInYamlThroughTheCompiler() {
        Outcome o = Specs.yaml("""
                family: web
                executionRoleArn: arn:aws:iam::123456789012:role/exec
                cpu: 256
                memory: 512
                containers:
                  - name: app
                    image: nginx
                    secrets:
                      DB: prod-db
                      DB: prod-db-2
                      DB: prod-db-3
                """);
        assertEquals(List.of("DUPLICATE_KEY /containers/0/secrets/DB"), Specs.errors(o));
        assertTrue(o.errors().get(0).message().contains("(values at line 9, column 11 and line 10, column 11)"), o.errors().get(0).message());
    }

    @ParameterizedTest
    @CsvSource({
            "'family: &f web\nregion: *f\n',        /region, 2, 9",
            "'a: &x {b: 1}\nc: [1, *x]\n',          /c/1,    2, 8"})
    void yamlAliasesAreRefused(String body, String pointer, int line, int column) {
        MalformedSpecException e = malformed(PARSER, body, SpecFormat.YAML);
        assertEquals("YAML_ALIAS", e.code());
        assertEquals(pointer, e.pointer());
        assertEquals(line, e.line());
        assertEquals(column, e.column());
        assertTrue(e.getMessage().contains("YAML aliases (*name) are not supported at " + pointer), e.getMessage());
    }

    @Test
    void anchorsWithoutAliasesAreFine() {
        assertInstanceOf(SpecNode.Obj.class, parse("family: &f web\n", SpecFormat.YAML).root());
    }

    static final SpecLimits DEPTH_3 = new SpecLimits(3, 100, 100, 10, 10);
    static final SpecLimits STRING_10 = new SpecLimits(5, 10, 100, 10, 10);
    static final SpecLimits TOKENS_5 = new SpecLimits(5, 100, 5, 10, 10);

    /** Each limit on both sides, in both formats, with the pointer of the value that breaks it. */
    static Stream<Arguments> limits() {
        return Stream.of(
                arguments(DEPTH_3, SpecFormat.JSON, "{\"a\": {\"b\": [1]}}", "{\"a\": {\"b\": [[1]]}}", "SPEC_TOO_DEEP", "/a/b/0"),
                arguments(DEPTH_3, SpecFormat.YAML, "a:\n  b: [1]\n", "a:\n  b: [[1]]\n", "SPEC_TOO_DEEP", "/a/b/0"),
                arguments(STRING_10, SpecFormat.JSON, "{\"k\": \"0123456789\"}", "{\"k\": \"01234567890\"}", "STRING_TOO_LONG", "/k"),
                arguments(STRING_10, SpecFormat.YAML, "k: \"0123456789\"\n", "k: \"01234567890\"\n", "STRING_TOO_LONG", "/k"),
                // a field name too long is reported on the object that holds it
                arguments(STRING_10, SpecFormat.JSON, "{\"x\": {\"0123456789\": 1}}", "{\"x\": {\"01234567890\": 1}}", "STRING_TOO_LONG", "/x"),
                arguments(STRING_10, SpecFormat.YAML, "x:\n  \"0123456789\": 1\n", "x:\n  \"01234567890\": 1\n", "STRING_TOO_LONG", "/x"),
                // every value counts, containers included: {} plus four members is five
                arguments(TOKENS_5, SpecFormat.JSON, "{\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4}", "{\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5}",
                        "TOO_MANY_TOKENS", "/e"),
                arguments(TOKENS_5, SpecFormat.YAML, "{a: 1, b: 2, c: 3, d: 4}", "{a: 1, b: 2, c: 3, d: 4, e: 5}", "TOO_MANY_TOKENS", "/e"));
    }

    @ParameterizedTest
    @MethodSource("limits")
    void limits(SpecLimits limits, SpecFormat format, String within, String over, String code, String pointer) {
        SpecParser parser = new SpecParser(limits);
        parser.parse(within.getBytes(StandardCharsets.UTF_8), format);
        MalformedSpecException e = malformed(parser, over, format);
        assertEquals(code, e.code());
        assertEquals(pointer, e.pointer());
    }

    @Test
    void stringLimitMessage() {
        String message = malformed(new SpecParser(STRING_10), "{\"k\": \"01234567890\"}", SpecFormat.JSON).getMessage();
        assertTrue(message.contains("a string at /k is 11 characters long; the limit is 10"), message);
    }

    /** Syntax errors name the line and column where the problem is, and no pointer. */
    @ParameterizedTest
    @CsvSource({
            "'{\n \"family\": \"web\",\n \"x\": }',     JSON, 3, 7, expected a value",
            "'{\n \"family\": \"web\"',                 JSON, 2, 17, expected close marker for Object",
            "'{} {}',                                  JSON, 1, 4, unexpected content after the end of the spec",
            "'family: web\n  bad: indent\n',           YAML, 2, 6, mapping values are not allowed here",
            "'family: web\n\tx: 1\n',                  YAML, 2, 1, found character",
            "'family: \"web\n',                        YAML, 2, 1, found unexpected end of stream (while scanning a quoted scalar from line 1, column 9)",
            "'a: 1\n---\nb: 2\n',                      YAML, 3, 1, unexpected content after the end of the spec"})
    void malformedBodies(String body, SpecFormat format, int line, int column, String says) {
        MalformedSpecException e = malformed(PARSER, body, format);
        assertEquals("MALFORMED_BODY", e.code());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertNull(e.pointer());
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertTrue(!e.getMessage().contains("[Source"), e.getMessage());
    }

    /** An unquoted valueFrom ending in ':' is a YAML syntax error: the message says to quote it. */
    @Test
    void unquotedValueFromEndingInAColon() {
        MalformedSpecException e = malformed(PARSER, "containers:\n  - secrets:\n      A: arn:aws:secretsmanager:us-east-1:1:secret:a:k::\n",
                SpecFormat.YAML);
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("a valueFrom ending in '::', must be quoted"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"'', JSON", "'  \n', JSON", "'', YAML", "'# only a comment\n', YAML"})
    void emptyBodies(String body, SpecFormat format) {
        assertEquals("EMPTY_BODY", malformed(PARSER, body, format).code());
    }

    @Test
    void taggedYamlValuesAreRefused() {
        MalformedSpecException e = malformed(PARSER, "x: !!binary aGVsbG8=\n", SpecFormat.YAML);
        assertEquals("MALFORMED_BODY", e.code());
        assertEquals("/x", e.pointer());
    }

    @ParameterizedTest
    @CsvSource({"application, json, JSON", "application, problem+json, JSON", "application, yaml, YAML", "application, x-yaml, YAML",
            "text, yaml, YAML", "TEXT, X-YAML, YAML"})
    void mediaTypes(String type, String subtype, SpecFormat format) {
        assertEquals(format, SpecFormat.fromMediaType(type, subtype).orElseThrow());
    }

    @Test
    void unknownMediaType() {
        assertTrue(SpecFormat.fromMediaType("text", "plain").isEmpty());
    }
}
