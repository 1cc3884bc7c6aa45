package io.taskdef.model;

import io.taskdef.arn.Arn;
import io.taskdef.arn.ArnProblem;
import io.taskdef.arn.ArnResult;
import io.taskdef.arn.KmsKeyRef;
import io.taskdef.arn.ParameterRef;
import io.taskdef.arn.Partition;
import io.taskdef.arn.RoleArn;
import io.taskdef.arn.SecretRef;
import io.taskdef.diag.Findings;
import io.taskdef.spec.AppSpec;
import io.taskdef.spec.ContainerSpec;
import io.taskdef.spec.LoggingSpec;
import io.taskdef.spec.PolicyOptions;
import io.taskdef.spec.Pointer;
import io.taskdef.spec.RefSpec;
import io.taskdef.spec.SpecNode;
import io.taskdef.wire.SdkWireReader;
import io.taskdef.wire.SdkWireReader.FieldValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

/**
 * Resolves a bound spec into a {@link TaskModel}. Pure: no I/O. Problems with references are kept on the
 * {@link ResolvedRef}s for the rules to report; problems with {@code overrides} (unknown ECS fields, wrong
 * types, fields the spec owns) are reported here, as they are found while reading them.
 */
public final class ModelBuilder {

    public static final Map<String, String> TASK_FIELDS_OWNED = Map.ofEntries(
            Map.entry("family", "set 'family'"),
            Map.entry("containerDefinitions", "describe containers under 'containers'"),
            Map.entry("executionRoleArn", "set 'executionRoleArn'"),
            Map.entry("taskRoleArn", "set 'taskRoleArn'"),
            Map.entry("networkMode", "set 'networkMode'"),
            Map.entry("requiresCompatibilities", "set 'launchType'"),
            Map.entry("cpu", "set 'cpu'"),
            Map.entry("memory", "set 'memory'"),
            Map.entry("runtimePlatform", "set 'os' and 'architecture'"),
            Map.entry("tags", "set 'tags'"));
    public static final Map<String, String> CONTAINER_FIELDS_OWNED = Map.ofEntries(
            Map.entry("name", "set the container's 'name'"),
            Map.entry("image", "set the container's 'image'"),
            Map.entry("essential", "set the container's 'essential'"),
            Map.entry("portMappings", "list them under the container's 'ports'"),
            Map.entry("environment", "set the container's 'environment'"),
            Map.entry("secrets", "set the container's 'secrets', so the execution role policy covers them"),
            Map.entry("logConfiguration", "set the container's 'logging', so the execution role policy covers its secretOptions"),
            Map.entry("command", "set the container's 'command'"),
            Map.entry("entryPoint", "set the container's 'entryPoint'"),
            Map.entry("cpu", "set the container's 'cpu'"),
            Map.entry("memory", "set the container's 'memory'"),
            Map.entry("memoryReservation", "set the container's 'memoryReservation'"));

    private static final Map<String, SdkField<?>> TASK_FIELDS =
            SdkWireReader.fieldsByWireName((SdkPojo) RegisterTaskDefinitionRequest.builder());
    private static final Map<String, SdkField<?>> CONTAINER_FIELDS =
            SdkWireReader.fieldsByWireName((SdkPojo) ContainerDefinition.builder());
    /** What Fargate's LATEST platform version is for Linux and for Windows tasks. */
    private static final Version LATEST_LINUX_PLATFORM = new Version(1, 4, 0);
    private static final Version LATEST_WINDOWS_PLATFORM = new Version(1, 0, 0);

    private ModelBuilder() {
    }

    public static TaskModel build(AppSpec spec, ModelDefaults defaults, Facts facts, Findings findings) {
        String region = spec.region() != null ? spec.region() : defaults.region();
        Partition partition = Partition.ofRegion(region);
        String launchType = orDefault(EcsValues.normalize(spec.launchType(), EcsValues.LAUNCH_TYPES), "FARGATE");
        boolean fargate = launchType.equals("FARGATE");
        String os = orDefault(EcsValues.normalize(spec.os(), EcsValues.OS_FAMILIES), "LINUX");
        String architecture = EcsValues.normalize(spec.architecture(), EcsValues.ARCHITECTURES);
        String networkMode = EcsValues.normalize(spec.networkMode(), EcsValues.NETWORK_MODES);
        if (networkMode == null && fargate) {
            networkMode = "awsvpc";
        }
        RoleArn executionRole = role(spec.executionRoleArn());
        RoleArn taskRole = role(spec.taskRoleArn());
        String account = Arn.isValidAccount(spec.account()) ? spec.account()
                : executionRole != null ? executionRole.account()
                : taskRole != null ? taskRole.account() : null;

        Version platformVersion = null;
        if (fargate) {
            String pv = spec.platformVersion();
            boolean windows = os.startsWith("WINDOWS");
            platformVersion = pv == null || pv.equalsIgnoreCase("LATEST")
                    ? (windows ? LATEST_WINDOWS_PLATFORM : LATEST_LINUX_PLATFORM)
                    : Version.of(pv);
        }
        Version agentVersion = Version.of(spec.agentVersion());

        PolicyOptions p = spec.policy() == null ? PolicyOptions.DEFAULT : spec.policy();
        Context ctx = new Context(partition, region, account, facts);

        List<ContainerModel> containers = new ArrayList<>();
        List<ResolvedRef> all = new ArrayList<>();
        List<ContainerSpec> specs = spec.containers() == null ? List.of() : spec.containers();
        for (int i = 0; i < specs.size(); i++) {
            ContainerSpec c = specs.get(i);
            String cptr = Pointer.child("/containers", i);
            List<ResolvedRef> env = new ArrayList<>();
            if (c.secrets() != null) {
                for (Map.Entry<String, RefSpec> e : c.secrets().entrySet()) {
                    env.add(resolve(e.getValue(), i, ResolvedRef.Use.ENVIRONMENT, e.getKey(), ctx));
                }
            }
            List<ResolvedRef> log = new ArrayList<>();
            LoggingSpec logging = c.logging();
            if (logging != null && logging.secretOptions() != null) {
                for (Map.Entry<String, RefSpec> e : logging.secretOptions().entrySet()) {
                    log.add(resolve(e.getValue(), i, ResolvedRef.Use.LOG_OPTION, e.getKey(), ctx));
                }
            }
            String driver = logging == null ? null : EcsValues.normalize(logging.driver(), EcsValues.LOG_DRIVERS);
            List<FieldValue> overrides = overrides(c.overrides(), Pointer.child(cptr, "overrides"), CONTAINER_FIELDS,
                    CONTAINER_FIELDS_OWNED, "an ECS container definition", findings);
            containers.add(new ContainerModel(i, cptr, c, driver, logOptions(logging, driver, spec.family(), region, c.name()),
                    List.copyOf(env), List.copyOf(log), overrides));
            all.addAll(env);
            all.addAll(log);
        }
        List<FieldValue> taskOverrides = overrides(spec.overrides(), "/overrides", TASK_FIELDS, TASK_FIELDS_OWNED,
                "RegisterTaskDefinition", findings);

        TaskModel model = new TaskModel(spec, region, partition, account, launchType, os, architecture, networkMode,
                platformVersion, agentVersion, executionRole, taskRole, Boolean.TRUE.equals(spec.usesVpcEndpoints()),
                p.kmsViaService() != null ? p.kmsViaService() : defaults.kmsViaService(),
                p.ecrPull() != null ? p.ecrPull() : defaults.ecrPull(),
                p.logs() != null ? p.logs() : defaults.logs(),
                List.copyOf(containers), List.copyOf(all), taskOverrides, null, 0);
        return model.withExecutionPolicy(ExecutionGrants.policy(model));
    }

    /** What every reference is resolved against, and the last key parsed (a spec mostly names one key for many secrets). */
    private static final class Context {
        final Partition partition;
        final String region;
        final String account;
        final Facts facts;
        private KmsQuery lastQuery;
        private ArnResult<KmsKeyRef> lastKms;

        Context(Partition partition, String region, String account, Facts facts) {
            this.partition = partition;
            this.region = region;
            this.account = account;
            this.facts = facts;
        }

        /** {@link KmsKeyRef#parse} of a key for a reference in its partition, region and account. */
        ArnResult<KmsKeyRef> kms(KmsQuery query) {
            if (!query.equals(lastQuery)) {
                lastKms = KmsKeyRef.parse(query.key(), Partition.ofId(query.partition()), query.region(), query.account());
                lastQuery = query;
            }
            return lastKms;
        }
    }

    /** A kmsKey as written, and where the reference that names it lives. */
    private record KmsQuery(String key, String partition, String region, String account) {
    }

    static ResolvedRef resolve(RefSpec r, int container, ResolvedRef.Use use, String key, Context ctx) {
        SecretRef secret = null;
        ParameterRef parameter = null;
        ArnProblem problem = null;
        if (r.isRaw()) {
            String raw = r.raw();
            Arn arn = Arn.parse(raw);
            if (arn != null && arn.service().equals("secretsmanager")) {
                ArnResult<SecretRef> s = SecretRef.parseValueFrom(raw);
                secret = s.value();
                problem = s.problem();
            } else if (arn != null && arn.service().equals("ssm") || arn == null && !raw.startsWith("arn:")) {
                ArnResult<ParameterRef> pr = ParameterRef.parse(raw, ctx.partition, ctx.region, ctx.account);
                parameter = pr.value();
                problem = pr.problem();
            } else {
                problem = ArnProblem.of("INVALID_VALUE_FROM", "'" + raw + "' is neither a Secrets Manager secret ARN nor an SSM parameter name or ARN");
            }
        } else if ((r.secret() == null) == (r.parameter() == null)) {
            problem = ArnProblem.of("REFERENCE_SHAPE", r.secret() == null
                    ? "give 'secret' (a Secrets Manager name or ARN) or 'parameter' (an SSM parameter name or ARN)"
                    : "give either 'secret' or 'parameter', not both");
        } else if (r.parameter() != null) {
            if (r.jsonKey() != null || r.versionStage() != null || r.versionId() != null) {
                problem = ArnProblem.of("REFERENCE_SHAPE", "jsonKey, versionStage and versionId are for Secrets Manager secrets, not SSM parameters");
            } else {
                ArnResult<ParameterRef> pr = ParameterRef.parse(r.parameter(), ctx.partition, ctx.region, ctx.account);
                parameter = pr.value();
                problem = pr.problem();
            }
        } else {
            ArnResult<SecretRef> s = SecretRef.of(r.secret(), r.jsonKey(), r.versionStage(), r.versionId(), ctx.partition, ctx.region, ctx.account);
            secret = s.value();
            problem = s.problem();
        }
        String completeArn = ctx.facts.completeArns().get(r.pointer());
        if (secret != null && completeArn != null) {
            secret = secret.withCompleteArn(completeArn);
        }

        KmsKeyRef kms = null;
        ArnProblem kmsProblem = null;
        boolean discovered = false;
        String kmsKey = r.kmsKey();
        if (kmsKey == null) {
            kmsKey = ctx.facts.customerKeys().get(r.pointer());
            discovered = kmsKey != null;
        }
        if (kmsKey != null && (secret != null || parameter != null)) {
            String refPartition = secret != null ? secret.partition() : parameter.partition();
            String refRegion = secret != null ? secret.region() : parameter.region();
            String refAccount = secret != null ? secret.account() : parameter.account();
            ArnResult<KmsKeyRef> k = ctx.kms(new KmsQuery(kmsKey, refPartition, refRegion, refAccount));
            kms = k.value();
            kmsProblem = k.problem();
        }
        return new ResolvedRef(r.pointer(), container, use, key, r, secret, parameter, problem, kms, kmsProblem, discovered);
    }

    private static List<FieldValue> overrides(SpecNode.Obj obj, String pointer, Map<String, SdkField<?>> fields,
                                              Map<String, String> owned, String what, Findings findings) {
        if (obj == null || obj.fields().isEmpty()) {
            return List.of();
        }
        return List.copyOf(SdkWireReader.readFields(fields, obj, pointer, owned, what, findings));
    }

    /** The log options with the awslogs defaults filled in; a spec's own values always win. */
    static Map<String, String> logOptions(LoggingSpec logging, String driver, String family, String region, String container) {
        if (logging == null) {
            return Map.of();
        }
        Map<String, String> given = logging.options() == null ? Map.of() : logging.options();
        if (!"awslogs".equals(driver)) {
            return given;
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("awslogs-group", "/ecs/" + family);
        out.put("awslogs-region", region);
        out.put("awslogs-stream-prefix", container);
        out.putAll(given);
        return out;
    }

    private static RoleArn role(String arn) {
        if (arn == null) {
            return null;
        }
        ArnResult<RoleArn> r = RoleArn.parse(arn);
        return r.value();
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }
}
