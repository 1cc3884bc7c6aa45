package io.taskdef.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.taskdef.compile.Compiler;
import io.taskdef.compile.Outcome;
import io.taskdef.diag.Diagnostic;
import io.taskdef.diag.Requirement;
import io.taskdef.model.Facts;
import io.taskdef.spec.SpecFormat;
import io.taskdef.wire.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Builds app specs for the tests and compiles them through the public path ({@code Compiler.compile(bytes,
 * format)}), so pointers, binding and de-duplication are what a caller sees. A {@link Spec} starts from a
 * small valid spec and is changed by JSON pointer; the assertions name the code and the exact pointer.
 */
public final class Specs {

    public static final String ACCOUNT = "123456789012";
    public static final String REGION = "us-east-1";
    public static final String ROLE = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";
    public static final String SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:appauthexample-AbCdEf";
    public static final String KEY_ARN = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    public static final String VERSION_ID = "9d4cb84b-ad69-40c0-a0ab-cead36b967e8";

    private static final Compiler COMPILER = new Compiler();

    /** The seed's qualifier forms after the secret ARN: whole secret, key, stage, id, key + stage, key + id. */
    public static Stream<String> seedQualifiers() {
        return Stream.of("", ":username1::", "::AWSPREVIOUS:", ":::" + VERSION_ID, ":username1:AWSPREVIOUS:", ":username1::" + VERSION_ID);
    }

    /** The seed's qualified forms as reference-object fields (jsonKey, versionStage, versionId; null when unset) and the qualifiers they write. */
    public static Stream<Arguments> seedObjectForms() {
        return Stream.of(
                Arguments.of("username1", null, null, ":username1::"),
                Arguments.of(null, "AWSPREVIOUS", null, "::AWSPREVIOUS:"),
                Arguments.of(null, null, VERSION_ID, ":::" + VERSION_ID),
                Arguments.of("username1", "AWSPREVIOUS", null, ":username1:AWSPREVIOUS:"),
                Arguments.of("username1", null, VERSION_ID, ":username1::" + VERSION_ID));
    }

    private Specs() {
    }

    /** Fargate Linux, cpu 256 / memory 512, an execution role, one container "app" without secrets: compiles. */
    public static Spec fargate() {
        Spec s = new Spec();
        s.set("/family", "web").set("/region", REGION).set("/account", ACCOUNT).set("/executionRoleArn", ROLE)
                .set("/cpu", 256).set("/memory", 512)
                .set("/containers/0/name", "app").set("/containers/0/image", "nginx:1.27");
        return s;
    }

    /** EC2 Linux, no task-level cpu/memory, an execution role, one container "app" with 512 MiB: compiles. */
    public static Spec ec2() {
        Spec s = new Spec();
        s.set("/family", "web").set("/region", REGION).set("/account", ACCOUNT).set("/executionRoleArn", ROLE)
                .set("/launchType", "EC2")
                .set("/containers/0/name", "app").set("/containers/0/image", "nginx:1.27").set("/containers/0/memory", 512);
        return s;
    }

    public static Outcome yaml(String yaml) {
        return COMPILER.compile(yaml.getBytes(StandardCharsets.UTF_8), SpecFormat.YAML);
    }

    public static Outcome json(String json) {
        return COMPILER.compile(json.getBytes(StandardCharsets.UTF_8), SpecFormat.JSON);
    }

    /** A reference object, e.g. {@code ref("secret", "prod/db", "jsonKey", "password")}. */
    public static Map<String, Object> ref(String... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** The one error with this code at this pointer; fails listing every error when there is none. */
    public static Diagnostic error(Outcome o, String code, String pointer) {
        return find(o.errors(), code, pointer, "error");
    }

    public static Diagnostic warning(Outcome o, String code, String pointer) {
        return find(o.warnings(), code, pointer, "warning");
    }

    /** Asserts the error is there and its message holds every one of {@code parts}. */
    public static void errorSays(Outcome o, String code, String pointer, String... parts) {
        String message = error(o, code, pointer).message();
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "message of " + code + " lacks '" + part + "': " + message);
        }
    }

    /** One row of a boundary table: the spec compiles when {@code valid}, else it has this error, its message holding every part. */
    public static void okOr(boolean valid, Outcome o, String code, String pointer, String... parts) {
        if (valid) {
            ok(o);
        } else {
            errorSays(o, code, pointer, parts);
        }
    }

    /** One row of a lint table: the warning is there when {@code warned}, else no warning of that code. */
    public static void warnedIf(boolean warned, Outcome o, String code, String pointer) {
        if (warned) {
            warning(o, code, pointer);
        } else {
            noWarning(o, code);
        }
    }

    public static void noError(Outcome o, String code) {
        assertTrue(o.errors().stream().noneMatch(d -> d.code().equals(code)), () -> "unexpected " + code + ": " + describe(o.errors()));
    }

    public static void noWarning(Outcome o, String code) {
        assertTrue(o.warnings().stream().noneMatch(d -> d.code().equals(code)), () -> "unexpected " + code + ": " + describe(o.warnings()));
    }

    /** Asserts the spec compiled: no errors, a result. */
    public static Outcome ok(Outcome o) {
        assertEquals(List.of(), o.errors(), () -> "errors: " + describe(o.errors()));
        assertTrue(o.result() != null, "no result");
        return o;
    }

    /** The codes and pointers of the errors, in order, as "CODE pointer". */
    public static List<String> errors(Outcome o) {
        return o.errors().stream().map(d -> d.code() + " " + d.pointer()).toList();
    }

    /** The requirements with this code, as "minimum|setting|endpoint". */
    public static List<String> requirements(Outcome o, String code) {
        return o.requirements().stream().filter(r -> r.code().equals(code))
                .map(r -> r.minimum() != null ? r.minimum() : r.setting() != null ? r.setting() : r.endpoint()).toList();
    }

    public static Requirement requirement(Outcome o, String code) {
        return o.requirements().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no requirement " + code + " in " + o.requirements()));
    }

    private static Diagnostic find(List<Diagnostic> list, String code, String pointer, String what) {
        for (Diagnostic d : list) {
            if (d.code().equals(code) && d.pointer().equals(pointer)) {
                return d;
            }
        }
        return fail("no " + what + " " + code + " at '" + pointer + "'; got " + describe(list));
    }

    private static String describe(List<Diagnostic> list) {
        return list.stream().map(d -> d.code() + " " + d.pointer() + ": " + d.message()).collect(Collectors.joining("\n  ", "[\n  ", "]"));
    }

    /** A spec as a JSON tree that tests change by pointer. */
    public static final class Spec {

        private final Map<String, Object> root = new LinkedHashMap<>();

        /** Sets the value at an RFC 6901 pointer, creating objects and arrays on the way (an index one past the end appends). */
        public Spec set(String pointer, Object value) {
            String[] tokens = tokens(pointer);
            Object parent = root;
            for (int i = 0; i < tokens.length - 1; i++) {
                parent = child(parent, tokens[i], tokens[i + 1]);
            }
            put(parent, tokens[tokens.length - 1], value);
            return this;
        }

        public Spec remove(String pointer) {
            String[] tokens = tokens(pointer);
            Object parent = root;
            for (int i = 0; i < tokens.length - 1; i++) {
                parent = child(parent, tokens[i], tokens[i + 1]);
            }
            String last = tokens[tokens.length - 1];
            if (parent instanceof List<?> list) {
                list.remove(Integer.parseInt(last));
            } else {
                ((Map<?, ?>) parent).remove(last);
            }
            return this;
        }

        /** Adds {@code /containers/0/secrets/NAME}. */
        public Spec secret(String name, Object ref) {
            return set("/containers/0/secrets/" + name.replace("~", "~0").replace("/", "~1"), ref);
        }

        /** Adds container {@code index} named {@code name} with the nginx image. */
        public Spec container(int index, String name) {
            return set("/containers/" + index + "/name", name).set("/containers/" + index + "/image", "nginx:1.27");
        }

        public String json() {
            return Json.write(root);
        }

        public Outcome compile() {
            return Specs.json(json());
        }

        /** Compiles with another compiler (other limits or defaults) and what verifying found out. */
        public Outcome compile(Compiler compiler, Facts facts) {
            return compiler.compile(json().getBytes(StandardCharsets.UTF_8), SpecFormat.JSON, facts);
        }

        private static String[] tokens(String pointer) {
            String[] raw = pointer.substring(1).split("/", -1);
            for (int i = 0; i < raw.length; i++) {
                raw[i] = raw[i].replace("~1", "/").replace("~0", "~");
            }
            return raw;
        }

        @SuppressWarnings("unchecked")
        private static Object child(Object parent, String token, String next) {
            Object existing = get(parent, token);
            if (existing != null) {
                return existing;
            }
            Object created = next.matches("\\d+") ? new ArrayList<>() : new LinkedHashMap<String, Object>();
            put(parent, token, created);
            return created;
        }

        private static Object get(Object parent, String token) {
            if (parent instanceof List<?> list) {
                int i = Integer.parseInt(token);
                return i < list.size() ? list.get(i) : null;
            }
            return ((Map<?, ?>) parent).get(token);
        }

        @SuppressWarnings("unchecked")
        private static void put(Object parent, String token, Object value) {
            if (parent instanceof List<?> l) {
                List<Object> list = (List<Object>) l;
                int i = Integer.parseInt(token);
                if (i == list.size()) {
                    list.add(value);
                } else {
                    list.set(i, value);
                }
            } else {
                ((Map<String, Object>) parent).put(token, value);
            }
        }
    }
}
