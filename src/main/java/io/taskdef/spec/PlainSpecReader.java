package io.taskdef.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fastest path for a JSON body: binds an {@link AppSpec} straight from the body's tokens, without a
 * {@link SpecNode} tree, for the specs that binding would accept without a finding: well-formed, within the
 * {@link SpecLimits}, every field known and in its own type (a string where a string goes, an integer of at most
 * 9 digits where an integer goes, true or false where a boolean goes), the required fields present, no null, no
 * duplicate key, no {@code overrides}. Anything else, including what binding accepts but converts ({@code cpu:
 * "0.5 vCPU"}, a number in {@code environment}), it gives up on and returns null, and the tree path ({@link
 * PlainJsonReader} or Jackson, then {@link SpecBinder}) reads and binds the body and reports what it finds.
 * So this class only has to bind exactly as {@link SpecBinder} does for the specs it accepts, and
 * PlainSpecReaderTest compares the two on every spec it accepts: generated ones, each one-byte change of the
 * benchmark's medium spec, and the bundled examples.
 *
 * <p>Why it exists: building the tree and binding it again took a quarter of a compile.
 */
final class PlainSpecReader extends JsonLexer {

    private PlainSpecReader(byte[] body, SpecLimits limits) {
        super(body, limits);
    }

    /** The spec of {@code body}, bound without findings, or null when the tree path has to read it. */
    static AppSpec read(byte[] body, SpecLimits limits) {
        PlainSpecReader r = new PlainSpecReader(body, limits);
        return r.whole(() -> r.spec());
    }

    private AppSpec spec() {
        String family = null;
        String region = null;
        String account = null;
        String cluster = null;
        String launchType = null;
        String platformVersion = null;
        String agentVersion = null;
        String os = null;
        String architecture = null;
        Integer cpu = null;
        Integer memory = null;
        String networkMode = null;
        String executionRoleArn = null;
        String taskRoleArn = null;
        Boolean usesVpcEndpoints = null;
        Map<String, String> tags = null;
        PolicyOptions policy = null;
        List<ContainerSpec> containers = null;
        if (openObject(1)) {
            do {
                switch (memberName()) {
                    case "family" -> family = once(family, string());
                    case "region" -> region = once(region, string());
                    case "account" -> account = once(account, string());
                    case "cluster" -> cluster = once(cluster, string());
                    case "launchType" -> launchType = once(launchType, string());
                    case "platformVersion" -> platformVersion = once(platformVersion, string());
                    case "agentVersion" -> agentVersion = once(agentVersion, string());
                    case "os" -> os = once(os, string());
                    case "architecture" -> architecture = once(architecture, string());
                    case "cpu" -> cpu = once(cpu, integer());
                    case "memory" -> memory = once(memory, integer());
                    case "networkMode" -> networkMode = once(networkMode, string());
                    case "executionRoleArn" -> executionRoleArn = once(executionRoleArn, string());
                    case "taskRoleArn" -> taskRoleArn = once(taskRoleArn, string());
                    case "usesVpcEndpoints" -> usesVpcEndpoints = once(usesVpcEndpoints, bool());
                    case "tags" -> tags = once(tags, stringMap(2));
                    case "policy" -> policy = once(policy, policy(2));
                    case "containers" -> containers = once(containers, containers());
                    default -> throw GIVE_UP; // unknown, or overrides, which only the tree path keeps
                }
            } while (!closes('}'));
        }
        if (family == null || containers == null) {
            throw GIVE_UP; // required: binding reports them
        }
        return new AppSpec(family, region, account, cluster, launchType, platformVersion, agentVersion, os, architecture,
                cpu, memory, networkMode, executionRoleArn, taskRoleArn, usesVpcEndpoints, tags,
                policy == null ? PolicyOptions.DEFAULT : policy, containers, null);
    }

    private PolicyOptions policy(int depth) {
        String name = null;
        Boolean kmsViaService = null;
        Boolean ecrPull = null;
        Boolean logs = null;
        if (openObject(depth)) {
            do {
                switch (memberName()) {
                    case "name" -> name = once(name, string());
                    case "kmsViaService" -> kmsViaService = once(kmsViaService, bool());
                    case "ecrPull" -> ecrPull = once(ecrPull, bool());
                    case "logs" -> logs = once(logs, bool());
                    default -> throw GIVE_UP;
                }
            } while (!closes('}'));
        }
        return new PolicyOptions(name, kmsViaService, ecrPull, logs);
    }

    private List<ContainerSpec> containers() {
        String base = Pointer.child(Pointer.ROOT, "containers");
        List<ContainerSpec> out = new ArrayList<>();
        if (openArray(2)) {
            do {
                out.add(container(Pointer.child(base, out.size())));
            } while (!closes(']'));
        }
        return out;
    }

    private ContainerSpec container(String pointer) {
        String name = null;
        String image = null;
        Boolean essential = null;
        List<PortSpec> ports = null;
        Map<String, String> environment = null;
        Map<String, RefSpec> secrets = null;
        LoggingSpec logging = null;
        List<String> command = null;
        List<String> entryPoint = null;
        Integer cpu = null;
        Integer memory = null;
        Integer memoryReservation = null;
        if (!openObject(3)) {
            throw GIVE_UP; // neither name nor image
        }
        do {
            switch (memberName()) {
                case "name" -> name = once(name, string());
                case "image" -> image = once(image, string());
                case "essential" -> essential = once(essential, bool());
                case "ports" -> ports = once(ports, ports(Pointer.child(pointer, "ports")));
                case "environment" -> environment = once(environment, stringMap(4));
                case "secrets" -> secrets = once(secrets, refs(Pointer.child(pointer, "secrets"), 4));
                case "logging" -> logging = once(logging, logging(Pointer.child(pointer, "logging")));
                case "command" -> command = once(command, stringList(4));
                case "entryPoint" -> entryPoint = once(entryPoint, stringList(4));
                case "cpu" -> cpu = once(cpu, integer());
                case "memory" -> memory = once(memory, integer());
                case "memoryReservation" -> memoryReservation = once(memoryReservation, integer());
                default -> throw GIVE_UP;
            }
        } while (!closes('}'));
        if (name == null || image == null) {
            throw GIVE_UP;
        }
        return new ContainerSpec(name, image, essential, ports == null ? List.of() : ports, environment,
                secrets == null ? Map.of() : secrets, logging, command, entryPoint, cpu, memory, memoryReservation, null);
    }

    /** Port numbers, or port objects with at least {@code containerPort}. */
    private List<PortSpec> ports(String base) {
        List<PortSpec> out = new ArrayList<>();
        if (openArray(4)) {
            do {
                String pointer = Pointer.child(base, out.size());
                out.add(b[i] == '{' ? port(pointer) : new PortSpec(pointer, integer(), null, null, null, null));
            } while (!closes(']'));
        }
        return out;
    }

    private PortSpec port(String pointer) {
        Integer containerPort = null;
        Integer hostPort = null;
        String protocol = null;
        String name = null;
        String appProtocol = null;
        if (openObject(5)) {
            do {
                switch (memberName()) {
                    case "containerPort" -> containerPort = once(containerPort, integer());
                    case "hostPort" -> hostPort = once(hostPort, integer());
                    case "protocol" -> protocol = once(protocol, string());
                    case "name" -> name = once(name, string());
                    case "appProtocol" -> appProtocol = once(appProtocol, string());
                    default -> throw GIVE_UP;
                }
            } while (!closes('}'));
        }
        if (containerPort == null) {
            throw GIVE_UP;
        }
        return new PortSpec(pointer, containerPort, hostPort, protocol, name, appProtocol);
    }

    private LoggingSpec logging(String pointer) {
        String driver = null;
        Map<String, String> options = null;
        Map<String, RefSpec> secretOptions = null;
        if (openObject(4)) {
            do {
                switch (memberName()) {
                    case "driver" -> driver = once(driver, string());
                    case "options" -> options = once(options, stringMap(5));
                    case "secretOptions" -> secretOptions = once(secretOptions, refs(Pointer.child(pointer, "secretOptions"), 5));
                    default -> throw GIVE_UP;
                }
            } while (!closes('}'));
        }
        if (driver == null) {
            throw GIVE_UP;
        }
        return new LoggingSpec(driver, options, secretOptions == null ? Map.of() : secretOptions);
    }

    /** Secrets or secret options: each a valueFrom string or a reference object. */
    private Map<String, RefSpec> refs(String base, int depth) {
        Map<String, RefSpec> out = new LinkedHashMap<>();
        if (openObject(depth)) {
            do {
                String key = memberName();
                String pointer = Pointer.child(base, key);
                RefSpec ref = b[i] == '{' ? ref(pointer, depth + 1) : RefSpec.raw(pointer, string());
                if (out.put(key, ref) != null) {
                    throw GIVE_UP;
                }
            } while (!closes('}'));
        }
        return out;
    }

    private RefSpec ref(String pointer, int depth) {
        String secret = null;
        String parameter = null;
        String jsonKey = null;
        String versionStage = null;
        String versionId = null;
        String kmsKey = null;
        if (openObject(depth)) {
            do {
                switch (memberName()) {
                    case "secret" -> secret = once(secret, string());
                    case "parameter" -> parameter = once(parameter, string());
                    case "jsonKey" -> jsonKey = once(jsonKey, string());
                    case "versionStage" -> versionStage = once(versionStage, string());
                    case "versionId" -> versionId = once(versionId, string());
                    case "kmsKey" -> kmsKey = once(kmsKey, string());
                    default -> throw GIVE_UP;
                }
            } while (!closes('}'));
        }
        return new RefSpec(pointer, null, secret, parameter, jsonKey, versionStage, versionId, kmsKey);
    }

    /** An object of strings, in document order. */
    private Map<String, String> stringMap(int depth) {
        Map<String, String> out = new LinkedHashMap<>();
        if (openObject(depth)) {
            do {
                String key = memberName();
                if (out.put(key, string()) != null) {
                    throw GIVE_UP;
                }
            } while (!closes('}'));
        }
        return out;
    }

    /** A string taken as a one-element list, or an array of strings. */
    private List<String> stringList(int depth) {
        if (b[i] == '"') {
            return List.of(string());
        }
        List<String> out = new ArrayList<>();
        if (openArray(depth)) {
            do {
                out.add(string());
            } while (!closes(']'));
        }
        return out;
    }

    /**
     * Opens the object that must start at {@code i}, at {@code depth} (the root's is 1); true when it has a
     * member, false past its closing brace when it is empty.
     */
    private boolean openObject(int depth) {
        if (b[i] != '{') {
            throw GIVE_UP;
        }
        token();
        return opens(depth, '}');
    }

    private boolean openArray(int depth) {
        if (b[i] != '[') {
            throw GIVE_UP;
        }
        token();
        return opens(depth, ']');
    }

    private String string() {
        if (b[i] != '"') {
            throw GIVE_UP;
        }
        token();
        return string(false);
    }

    /** An integer of at most 9 digits, as binding reads one without a finding. */
    private Integer integer() {
        byte c = b[i];
        if (c != '-' && (c < '0' || c > '9')) {
            throw GIVE_UP;
        }
        token();
        if (!number()) {
            throw GIVE_UP;
        }
        int from = b[numberStart] == '-' ? numberStart + 1 : numberStart;
        if (i - from > 9) {
            throw GIVE_UP;
        }
        int value = 0;
        for (int k = from; k < i; k++) {
            value = value * 10 + (b[k] - '0');
        }
        return from > numberStart ? -value : value;
    }

    private Boolean bool() {
        byte c = b[i];
        token();
        if (c == 't') {
            literal("true");
            return Boolean.TRUE;
        }
        if (c == 'f') {
            literal("false");
            return Boolean.FALSE;
        }
        throw GIVE_UP;
    }

    /** {@code value}, unless the field was already read: a duplicate key, which the tree path reports. */
    private static <T> T once(T current, T value) {
        if (current != null) {
            throw GIVE_UP;
        }
        return value;
    }
}
