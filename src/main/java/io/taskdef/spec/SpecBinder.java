package io.taskdef.spec;

import io.taskdef.diag.Findings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds a parsed spec tree to {@link AppSpec}, reporting unknown fields, wrong types and missing required
 * fields into {@link Findings}. Semantic checks belong to the rules, not here.
 */
public final class SpecBinder {

    /** The field names of each spec object: the public contract, also the OpenAPI schema's properties. */
    public static final List<String> TOP_FIELDS = List.of("family", "region", "account", "cluster", "launchType",
            "platformVersion", "agentVersion", "os", "architecture", "cpu", "memory", "networkMode",
            "executionRoleArn", "taskRoleArn", "usesVpcEndpoints", "tags", "policy", "containers", "overrides");
    public static final List<String> CONTAINER_FIELDS = List.of("name", "image", "essential", "ports", "environment",
            "secrets", "logging", "command", "entryPoint", "cpu", "memory", "memoryReservation", "overrides");
    public static final List<String> PORT_FIELDS = List.of("containerPort", "hostPort", "protocol", "name", "appProtocol");
    public static final List<String> LOGGING_FIELDS = List.of("driver", "options", "secretOptions");
    public static final List<String> REF_FIELDS = List.of("secret", "parameter", "jsonKey", "versionStage", "versionId", "kmsKey");
    public static final List<String> POLICY_FIELDS = List.of("name", "kmsViaService", "ecrPull", "logs");

    private static final Map<String, String> TOP_MISPLACED = Map.of(
            "containerDefinitions", "containers",
            "requiresCompatibilities", "launchType",
            "runtimePlatform", "os and architecture",
            "secrets", "containers[].secrets",
            "executionRole", "executionRoleArn",
            "taskRole", "taskRoleArn");
    private static final Map<String, String> CONTAINER_MISPLACED = Map.of(
            "secretOptions", "logging.secretOptions",
            "logConfiguration", "logging",
            "portMappings", "ports",
            "env", "environment");
    private static final Map<String, String> LOGGING_MISPLACED = Map.of("logDriver", "driver");
    private static final Map<String, String> REF_MISPLACED = Map.of(
            "valueFrom", "a plain string instead of an object, or 'secret' / 'parameter'",
            "arn", "secret",
            "name", "secret",
            "key", "jsonKey",
            "kmsKeyId", "kmsKey",
            "versionStages", "versionStage");

    private static final Pattern VCPU = Pattern.compile("(?i)^\\s*(\\d+(?:\\.\\d+)?)\\s*vcpu\\s*$");
    private static final Pattern GB = Pattern.compile("(?i)^\\s*(\\d+(?:\\.\\d+)?)\\s*gb\\s*$");
    private static final Pattern MB = Pattern.compile("(?i)^\\s*(\\d+)\\s*(?:mb|mib)\\s*$");

    private SpecBinder() {
    }

    public static AppSpec bind(SpecNode root, Findings findings) {
        if (!(root instanceof SpecNode.Obj obj)) {
            findings.error("INVALID_TYPE", Pointer.ROOT, "the spec must be an object, found a " + root.typeName());
            return null;
        }
        ObjectFields f = new ObjectFields(obj, Pointer.ROOT, findings, TOP_FIELDS, TOP_MISPLACED);
        return new AppSpec(
                required(f, "family", findings),
                f.string("region"),
                f.string("account"),
                f.string("cluster"),
                f.string("launchType"),
                f.string("platformVersion"),
                f.string("agentVersion"),
                f.string("os"),
                f.string("architecture"),
                cpuUnits(f, "cpu", findings),
                memoryMiB(f, "memory", findings),
                f.string("networkMode"),
                f.string("executionRoleArn"),
                f.string("taskRoleArn"),
                f.bool("usesVpcEndpoints"),
                f.stringMap("tags"),
                policy(f, findings),
                containers(f, findings),
                f.object("overrides"));
    }

    private static String required(ObjectFields f, String name, Findings findings) {
        String v = f.string(name);
        if (v == null && !f.has(name)) {
            findings.error("REQUIRED_FIELD", f.pointer(name), "'" + name + "' is required");
        }
        return v;
    }

    private static PolicyOptions policy(ObjectFields f, Findings findings) {
        SpecNode.Obj o = f.object("policy");
        if (o == null) {
            return PolicyOptions.DEFAULT;
        }
        ObjectFields p = new ObjectFields(o, f.pointer("policy"), findings, POLICY_FIELDS, Map.of());
        return new PolicyOptions(p.string("name"), p.bool("kmsViaService"), p.bool("ecrPull"), p.bool("logs"));
    }

    private static List<ContainerSpec> containers(ObjectFields f, Findings findings) {
        if (!f.has("containers")) {
            findings.error("REQUIRED_FIELD", f.pointer("containers"), "'containers' is required: give at least one container");
            return List.of();
        }
        SpecNode.Arr arr = f.array("containers");
        if (arr == null) {
            return List.of();
        }
        List<ContainerSpec> out = new ArrayList<>(arr.items().size());
        for (int i = 0; i < arr.items().size(); i++) {
            String ptr = Pointer.child(f.pointer("containers"), i);
            SpecNode item = arr.items().get(i);
            if (!(item instanceof SpecNode.Obj o)) {
                ObjectFields.typeError(ptr, "a container object", item, findings);
                continue;
            }
            out.add(container(new ObjectFields(o, ptr, findings, CONTAINER_FIELDS, CONTAINER_MISPLACED), findings));
        }
        return out;
    }

    private static ContainerSpec container(ObjectFields c, Findings findings) {
        return new ContainerSpec(
                required(c, "name", findings),
                required(c, "image", findings),
                c.bool("essential"),
                ports(c, findings),
                c.stringMap("environment"),
                refs(c, "secrets", findings),
                logging(c, findings),
                c.stringList("command"),
                c.stringList("entryPoint"),
                cpuUnits(c, "cpu", findings),
                memoryMiB(c, "memory", findings),
                memoryMiB(c, "memoryReservation", findings),
                c.object("overrides"));
    }

    private static List<PortSpec> ports(ObjectFields c, Findings findings) {
        SpecNode.Arr arr = c.array("ports");
        if (arr == null) {
            return List.of();
        }
        List<PortSpec> out = new ArrayList<>();
        for (int i = 0; i < arr.items().size(); i++) {
            String ptr = Pointer.child(c.pointer("ports"), i);
            SpecNode item = arr.items().get(i);
            if (item instanceof SpecNode.Obj o) {
                ObjectFields p = new ObjectFields(o, ptr, findings, PORT_FIELDS, Map.of("port", "containerPort"));
                Integer port = p.integer("containerPort");
                if (port == null && !p.has("containerPort")) {
                    findings.error("REQUIRED_FIELD", p.pointer("containerPort"), "'containerPort' is required");
                }
                out.add(new PortSpec(ptr, port, p.integer("hostPort"), p.string("protocol"), p.string("name"), p.string("appProtocol")));
            } else {
                Integer port = ObjectFields.asInteger(item, ptr, findings);
                if (port != null) {
                    out.add(new PortSpec(ptr, port, null, null, null, null));
                }
            }
        }
        return out;
    }

    private static LoggingSpec logging(ObjectFields c, Findings findings) {
        SpecNode.Obj o = c.object("logging");
        if (o == null) {
            return null;
        }
        ObjectFields l = new ObjectFields(o, c.pointer("logging"), findings, LOGGING_FIELDS, LOGGING_MISPLACED);
        String driver = l.string("driver");
        if (driver == null && !l.has("driver")) {
            findings.error("REQUIRED_FIELD", l.pointer("driver"), "'driver' is required, e.g. awslogs or splunk");
        }
        return new LoggingSpec(driver, l.stringMap("options"), refs(l, "secretOptions", findings));
    }

    private static Map<String, RefSpec> refs(ObjectFields owner, String name, Findings findings) {
        SpecNode.Obj o = owner.object(name);
        if (o == null) {
            return Map.of();
        }
        Map<String, RefSpec> out = new LinkedHashMap<>();
        String base = owner.pointer(name);
        for (Map.Entry<String, SpecNode> e : o.fields().entrySet()) {
            String ptr = Pointer.child(base, e.getKey());
            RefSpec ref = ref(e.getValue(), ptr, findings);
            if (ref != null) {
                out.put(e.getKey(), ref);
            }
        }
        return out;
    }

    private static RefSpec ref(SpecNode node, String ptr, Findings findings) {
        if (node instanceof SpecNode.Str s) {
            return RefSpec.raw(ptr, s.value());
        }
        if (!(node instanceof SpecNode.Obj o)) {
            ObjectFields.typeError(ptr, "a valueFrom string or an object with 'secret' or 'parameter'", node, findings);
            return null;
        }
        ObjectFields r = new ObjectFields(o, ptr, findings, REF_FIELDS, REF_MISPLACED);
        return new RefSpec(ptr, null, r.string("secret"), r.string("parameter"), r.string("jsonKey"),
                r.string("versionStage"), r.string("versionId"), r.string("kmsKey"));
    }

    /** CPU units: an integer (1024 = 1 vCPU) or "0.5 vCPU" / "2 vCPU". */
    private static Integer cpuUnits(ObjectFields f, String name, Findings findings) {
        SpecNode n = f.node(name);
        if (n instanceof SpecNode.Str s) {
            Matcher m = VCPU.matcher(s.value());
            if (m.matches()) {
                return scaled(m.group(1), 1024, f.pointer(name), findings);
            }
        }
        return f.integer(name);
    }

    /** Memory in MiB: an integer, "2 GB" or "512 MB". */
    private static Integer memoryMiB(ObjectFields f, String name, Findings findings) {
        SpecNode n = f.node(name);
        if (n instanceof SpecNode.Str s) {
            Matcher gb = GB.matcher(s.value());
            if (gb.matches()) {
                return scaled(gb.group(1), 1024, f.pointer(name), findings);
            }
            Matcher mb = MB.matcher(s.value());
            if (mb.matches()) {
                return scaled(mb.group(1), 1, f.pointer(name), findings);
            }
        }
        return f.integer(name);
    }

    private static Integer scaled(String number, int factor, String pointer, Findings findings) {
        try {
            return new BigDecimal(number).multiply(BigDecimal.valueOf(factor)).intValueExact();
        } catch (ArithmeticException e) {
            findings.error("INVALID_VALUE", pointer, "'" + number + "' does not give a whole number of units"
                    + (factor == 1024 ? " (1 vCPU = 1024 units, 1 GB = 1024 MiB)" : ""));
            return null;
        }
    }
}
