package io.taskdef.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskdef.diag.Diagnostic;
import io.taskdef.diag.Findings;
import io.taskdef.diag.Requirement;
import io.taskdef.model.Facts;
import io.taskdef.model.ModelBuilder;
import io.taskdef.model.ModelDefaults;
import io.taskdef.model.TaskModel;
import io.taskdef.spec.AppSpec;
import io.taskdef.spec.SpecBinder;
import io.taskdef.spec.SpecFormat;
import io.taskdef.spec.SpecLimits;
import io.taskdef.spec.SpecParser;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RuleRegistryTest {

    static final Path RULES = Path.of("src/main/java/io/taskdef/rules");
    static final Path ARN = Path.of("src/main/java/io/taskdef/arn");
    static final Path MODEL_BUILDER = Path.of("src/main/java/io/taskdef/model/ModelBuilder.java");

    /** Literal codes a rule reports: findings.error("X", ...), findings.warning("X", ...), Requirement.minimum/setting("X", ...). */
    private static final Pattern LITERAL_CODE = Pattern.compile("(?:\\.error|\\.warning|Requirement\\.minimum|Requirement\\.setting)\\(\\s*\"([A-Z_]+)\"");
    /** A report whose code is not a literal. */
    private static final Pattern COMPUTED_CODE = Pattern.compile("findings\\.(?:error|warning)\\(\\s*[^\"\\s]");
    /** Codes the arn package and the model builder give a reference problem. */
    private static final Pattern PROBLEM_CODE = Pattern.compile("(?:ArnProblem\\.of|ArnResult\\.fail|new ArnProblem)\\(\\s*\"([A-Z_]+)\"");

    static List<Rule> rules() {
        return RuleRegistry.all(SpecLimits.DEFAULT.maxReferences());
    }

    @Test
    void registryIsAlphabeticalByClassName() {
        List<String> names = rules().stream().map(r -> r.getClass().getSimpleName()).toList();
        assertEquals(names.stream().sorted().toList(), names);
    }

    @Test
    void everyRuleClassInThePackageIsRegistered() throws Exception {
        Set<Class<?>> registered = new HashSet<>();
        rules().forEach(r -> registered.add(r.getClass()));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString().replace(".java", "");
                Class<?> c = Class.forName("io.taskdef.rules." + name);
                if (Rule.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers()) && !registered.contains(c)) {
                    missing.add(name);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(registered.size(), rules().size(), "a rule class is registered twice");
    }

    @Test
    void ruleIdsAreUniqueAndKebabCase() {
        Set<String> ids = new HashSet<>();
        for (Rule r : rules()) {
            assertTrue(ids.add(r.info().id()), "duplicate rule id " + r.info().id());
            assertTrue(r.info().id().matches("[a-z0-9]+(-[a-z0-9]+)*"), r.info().id());
            assertFalse(r.info().codes().isEmpty(), r.info().id());
            assertFalse(r.info().summary().isBlank(), r.info().id());
        }
        for (RuleInfo i : StructuralChecks.ALL) {
            assertTrue(ids.add(i.id()), "duplicate rule id " + i.id());
        }
    }

    static Stream<Rule> eachRule() {
        return rules().stream();
    }

    /** Every literal code in a rule's source (and its base class's) is listed in its RuleInfo. */
    @ParameterizedTest
    @MethodSource("eachRule")
    void everyLiteralCodeIsListed(Rule rule) throws IOException {
        Set<String> emitted = new TreeSet<>();
        for (Class<?> c = rule.getClass(); c.getPackageName().equals("io.taskdef.rules"); c = c.getSuperclass()) {
            String source = Files.readString(RULES.resolve(c.getSimpleName() + ".java"));
            emitted.addAll(matches(LITERAL_CODE, source));
            if (source.contains("Requirement.endpoint(")) {
                emitted.add("VPC_ENDPOINT");
            }
        }
        emitted.removeAll(rule.info().codes());
        assertEquals(Set.of(), emitted, rule.getClass().getSimpleName() + " reports codes its RuleInfo does not list");
    }

    /** Codes computed at run time are only in the rules that map them onto their own list (checked below). */
    @Test
    void computedCodesOnlyWhereChecked() throws IOException {
        Set<String> computing = new TreeSet<>();
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path f : files.toList()) {
                if (COMPUTED_CODE.matcher(Files.readString(f)).find()) {
                    computing.add(f.getFileName().toString());
                }
            }
        }
        assertEquals(Set.of("KmsKeyRule.java", "ReferenceProblemRule.java"), computing);
    }

    /**
     * Every problem a reference can resolve to is reported by exactly one rule: an unowned code would leave
     * the reference out of the task definition without an error.
     */
    @Test
    void everyReferenceProblemCodeHasExactlyOneOwner() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (String f : List.of("Arn.java", "SecretRef.java", "ParameterRef.java")) {
            codes.addAll(matches(PROBLEM_CODE, Files.readString(ARN.resolve(f))));
        }
        codes.addAll(matches(PROBLEM_CODE, Files.readString(MODEL_BUILDER)));
        assertTrue(codes.containsAll(List.of("VALUE_FROM_COLONS", "STAGE_AND_ID", "SECRET_NAME", "PARAMETER_NAME", "REFERENCE_SHAPE")), codes.toString());
        for (String code : codes) {
            List<String> owners = rules().stream().filter(r -> r instanceof ReferenceProblemRule && r.info().codes().contains(code))
                    .map(r -> r.info().id()).toList();
            assertEquals(1, owners.size(), code + " is reported by " + owners);
        }
    }

    /** The KMS key problems land on the kms-key rule's own codes. */
    @Test
    void kmsKeyProblemCodesAreMapped() throws IOException {
        Set<String> codes = matches(PROBLEM_CODE, Files.readString(ARN.resolve("KmsKeyRef.java")));
        codes.addAll(matches(PROBLEM_CODE, Files.readString(ARN.resolve("Arn.java"))));
        assertTrue(codes.contains("ACCOUNT_REQUIRED") && codes.contains("KMS_KEY_ALIAS"), codes.toString());
        List<String> specs = List.of("alias/mine", "arn:aws:kms:us-east-1:123456789012:key/nope", "arn:aws-xx:kms:us-east-1:123456789012:key/x");
        for (String key : specs) {
            Set<String> reported = codesOf(new KmsKeyRule(), Specs.fargate()
                    .secret("S", Specs.ref("secret", Specs.SECRET_ARN, "kmsKey", key)).json());
            assertTrue(new KmsKeyRule().info().codes().containsAll(reported), key + " gave " + reported);
            assertEquals(1, reported.size(), key + " gave " + reported);
        }
    }

    /** A low reference limit, so the corpus below can exceed it. */
    static final List<Rule> SMALL_LIMIT_RULES = RuleRegistry.all(3);

    static Stream<Rule> eachRuleWithSmallLimit() {
        return SMALL_LIMIT_RULES.stream();
    }

    /** Run one by one over specs that break every rule, each rule reports only codes it lists. */
    @ParameterizedTest
    @MethodSource("eachRuleWithSmallLimit")
    void reportedCodesAreListed(Rule rule) {
        for (String spec : BROKEN_SPECS) {
            Set<String> reported = codesOf(rule, spec);
            reported.removeAll(rule.info().codes());
            assertEquals(Set.of(), reported, rule.info().id() + " on " + spec);
        }
    }

    /** ... and every listed code is really reported by its rule for some spec: no stale entries in the catalogue. */
    @ParameterizedTest
    @MethodSource("eachRuleWithSmallLimit")
    void everyListedCodeIsReported(Rule rule) {
        Set<String> missing = new TreeSet<>(rule.info().codes());
        for (String spec : BROKEN_SPECS) {
            missing.removeAll(codesOf(rule, spec));
        }
        assertEquals(Set.of(), missing, rule.info().id() + " never reported these over the broken specs");
    }

    static final List<String> BROKEN_SPECS = List.of(
            Specs.fargate().set("/platformVersion", "1.2.0").set("/cpu", 8192).set("/memory", 1000).set("/os", "windows_server_2019_core")
                    .set("/networkMode", "bridge").set("/account", "12").set("/region", "nowhere").set("/tags/aws:x", "y")
                    .secret("A", Specs.SECRET_ARN + ":k").secret("B", Specs.ref("secret", "p-AbCdEf", "kmsKey", "alias/x"))
                    .secret("C", Specs.ref("parameter", "/aws/x")).secret("", Specs.ref("secret", "a", "versionStage", "s", "versionId", "v"))
                    .set("/containers/0/logging/driver", "syslog").set("/containers/0/logging/options/splunk-token", "t")
                    .set("/containers/0/ports/0", 70000).set("/containers/0/essential", false).set("/containers/0/memory", 2)
                    .container(1, "app").json(),
            Specs.ec2().set("/agentVersion", "1.21.0").set("/usesVpcEndpoints", true).set("/executionRoleArn", "arn:aws:iam::210987654321:role/x")
                    .set("/containers/0/image", "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1")
                    .set("/containers/0/logging/driver", "awslogs").set("/containers/0/environment/A", "x")
                    .secret("A", Specs.ref("secret", "prod/db", "jsonKey", "k", "kmsKey", Specs.KEY_ARN))
                    .secret("B", Specs.ref("secret", "prod/db", "kmsKey", Specs.KEY_ARN.replace("1234abcd", "9999abcd")))
                    .secret("C", "arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:x")
                    .secret("D", "arn:aws:secretsmanager:us-west-2:123456789012:secret:other-region")
                    .secret("E", "arn:aws:secretsmanager:us-east-1:999999999999:secret:other-account").json(),
            Specs.ec2().set("/agentVersion", "new").set("/launchType", "EXTERNAL").set("/platformVersion", "1.4.0").set("/networkMode", "awsvpc").remove("/executionRoleArn")
                    .set("/os", "WINDOWS_SERVER_2022_CORE").secret("A", "plain-name").json(),
            Specs.fargate().set("/os", "WINDOWS_SERVER_2022_CORE").set("/platformVersion", "1.4.0").set("/architecture", "ARM64")
                    .set("/cpu", 512).secret("A", Specs.SECRET_ARN).set("/policy/name", "web task").json(),
            Specs.fargate().remove("/account").remove("/executionRoleArn").set("/taskRoleArn", "nope").set("/family", "bad name")
                    .set("/platformVersion", "1.9.0").set("/architecture", "x86").set("/agentVersion", "1.68.0")
                    .set("/containers/0/name", "bad name").set("/containers/0/image", "has space").set("/containers/0/essential", false)
                    .secret("A", Specs.ref("secret", "prod/db")).secret("B", "arn:aws:s3:::bucket")
                    .secret("C", Specs.ref("secret", "arn:aws:secretsmanager:us-east-1:1:secret:x"))
                    .secret("D", Specs.ref("secret", Specs.SECRET_ARN, "jsonKey", "a:b"))
                    .secret("E", Specs.ref("secret", Specs.SECRET_ARN, "versionId", "x"))
                    .secret("F", Specs.ref("secret", Specs.SECRET_ARN, "versionStage", "a:b"))
                    .secret("G", Specs.ref("jsonKey", "k")).secret("H", Specs.ref("secret", "a b")).json(),
            Specs.fargate().secret("A", Specs.ref("secret", Specs.SECRET_ARN, "kmsKey", "alias/aws/secretsmanager"))
                    .secret("B", Specs.ref("secret", "prod/b", "kmsKey", Specs.KEY_ARN.replace("us-east-1", "us-west-2")))
                    .secret("C", Specs.ref("secret", "prod/c", "kmsKey", "nope"))
                    .set("/containers/0/logging/driver", "splunk").set("/containers/0/logging/options/splunk-token", "t")
                    .set("/containers/0/logging/secretOptions/splunk-token", Specs.SECRET_ARN)
                    .container(1, "c1").container(2, "c2").container(3, "c3").container(4, "c4").container(5, "c5")
                    .container(6, "c6").container(7, "c7").container(8, "c8").container(9, "c9").container(10, "c10").json(),
            manySecrets(120),
            // with what verifying found (FACTS): a customer-managed key the spec does not declare
            Specs.fargate().secret("UNDECLARED", Specs.ref("secret", "prod/u")).json());

    /** What verifying against AWS would add: the customer-managed key that really encrypts /containers/0/secrets/UNDECLARED. */
    static final Facts FACTS = new Facts(java.util.Map.of(), java.util.Map.of("/containers/0/secrets/UNDECLARED", Specs.KEY_ARN));

    /** A spec with {@code n} secrets of long names: its policy is over IAM's inline limit. */
    static String manySecrets(int n) {
        Specs.Spec s = Specs.fargate();
        for (int i = 0; i < n; i++) {
            s.secret("S" + i, Specs.ref("secret", "team/service/a-rather-long-secret-name-" + i));
        }
        return s.json();
    }

    private static Set<String> codesOf(Rule rule, String json) {
        Findings findings = new Findings();
        SpecParser.Parsed parsed = new SpecParser(SpecLimits.DEFAULT).parse(json.getBytes(StandardCharsets.UTF_8), SpecFormat.JSON);
        AppSpec spec = SpecBinder.bind(parsed.root(), findings);
        TaskModel model = ModelBuilder.build(spec, ModelDefaults.STANDARD, FACTS, findings);
        Findings own = new Findings();
        rule.check(model, own);
        Set<String> codes = new TreeSet<>();
        own.errors().stream().map(Diagnostic::code).forEach(codes::add);
        own.warnings().stream().map(Diagnostic::code).forEach(codes::add);
        own.requirements().stream().map(Requirement::code).forEach(codes::add);
        return codes;
    }

    private static Set<String> matches(Pattern p, String source) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(source);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
