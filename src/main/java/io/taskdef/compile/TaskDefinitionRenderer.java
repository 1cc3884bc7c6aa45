package io.taskdef.compile;

import io.taskdef.model.ContainerModel;
import io.taskdef.model.ResolvedRef;
import io.taskdef.model.TaskModel;
import io.taskdef.spec.ContainerSpec;
import io.taskdef.spec.PortSpec;
import io.taskdef.wire.SdkWireReader.FieldValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.KeyValuePair;
import software.amazon.awssdk.services.ecs.model.LogConfiguration;
import software.amazon.awssdk.services.ecs.model.PortMapping;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.RuntimePlatform;
import software.amazon.awssdk.services.ecs.model.Secret;
import software.amazon.awssdk.services.ecs.model.Tag;

/** Lowers a checked {@link TaskModel} to the RegisterTaskDefinition request, with the SDK's ECS model types. */
final class TaskDefinitionRenderer {

    static final String FINGERPRINT_TAG = CompileResult.FINGERPRINT_TAG;

    private TaskDefinitionRenderer() {
    }

    /** The request without the fingerprint tag; {@link #withFingerprint} adds it (as the last tag). */
    static RegisterTaskDefinitionRequest.Builder render(TaskModel model) {
        List<ContainerDefinition> containers = new ArrayList<>(model.containers().size());
        for (ContainerModel c : model.containers()) {
            containers.add(container(c, model));
        }
        RegisterTaskDefinitionRequest.Builder b = RegisterTaskDefinitionRequest.builder()
                .family(model.family())
                .taskRoleArn(model.spec().taskRoleArn())
                .executionRoleArn(model.spec().executionRoleArn())
                .networkMode(model.networkMode())
                .containerDefinitions(containers)
                .requiresCompatibilitiesWithStrings(model.launchType());
        if (model.spec().cpu() != null) {
            b.cpu(Integer.toString(model.spec().cpu()));
        }
        if (model.spec().memory() != null) {
            b.memory(Integer.toString(model.spec().memory()));
        }
        if (model.spec().os() != null || model.architecture() != null) {
            b.runtimePlatform(RuntimePlatform.builder().operatingSystemFamily(model.os()).cpuArchitecture(model.architecture()).build());
        }
        if (model.spec().tags() != null && !model.spec().tags().isEmpty()) {
            b.tags(tags(model.spec().tags(), null));
        }
        for (FieldValue o : model.overrides()) {
            o.applyTo(b);
        }
        return b;
    }

    static RegisterTaskDefinitionRequest withFingerprint(RegisterTaskDefinitionRequest.Builder b, TaskModel model, String fingerprint) {
        return b.tags(tags(model.spec().tags(), fingerprint)).build();
    }

    private static List<Tag> tags(Map<String, String> userTags, String fingerprint) {
        List<Tag> tags = new ArrayList<>();
        if (userTags != null) {
            for (Map.Entry<String, String> e : userTags.entrySet()) {
                tags.add(Tag.builder().key(e.getKey()).value(e.getValue()).build());
            }
        }
        if (fingerprint != null) {
            tags.add(Tag.builder().key(FINGERPRINT_TAG).value(fingerprint).build());
        }
        return tags;
    }

    private static ContainerDefinition container(ContainerModel c, TaskModel model) {
        ContainerSpec s = c.spec();
        ContainerDefinition.Builder b = ContainerDefinition.builder()
                .name(s.name())
                .image(s.image())
                .cpu(s.cpu())
                .memory(s.memory())
                .memoryReservation(s.memoryReservation())
                .essential(s.essential() == null || s.essential());
        if (s.ports() != null && !s.ports().isEmpty()) {
            List<PortMapping> ports = new ArrayList<>(s.ports().size());
            for (PortSpec p : s.ports()) {
                ports.add(PortMapping.builder()
                        .containerPort(p.containerPort())
                        .hostPort(p.hostPort())
                        .protocol(p.protocol() == null ? "tcp" : p.protocol().toLowerCase(java.util.Locale.ROOT))
                        .name(p.name())
                        .appProtocol(p.appProtocol())
                        .build());
            }
            b.portMappings(ports);
        }
        if (s.environment() != null && !s.environment().isEmpty()) {
            List<KeyValuePair> env = new ArrayList<>(s.environment().size());
            for (Map.Entry<String, String> e : s.environment().entrySet()) {
                env.add(KeyValuePair.builder().name(e.getKey()).value(e.getValue()).build());
            }
            b.environment(env);
        }
        if (!c.environmentRefs().isEmpty()) {
            b.secrets(secrets(c.environmentRefs()));
        }
        if (c.logDriver() != null) {
            LogConfiguration.Builder log = LogConfiguration.builder().logDriver(c.logDriver());
            if (!c.logOptions().isEmpty()) {
                log.options(c.logOptions());
            }
            if (!c.logRefs().isEmpty()) {
                log.secretOptions(secrets(c.logRefs()));
            }
            b.logConfiguration(log.build());
        }
        if (s.command() != null) {
            b.command(s.command());
        }
        if (s.entryPoint() != null) {
            b.entryPoint(s.entryPoint());
        }
        for (FieldValue o : c.overrides()) {
            o.applyTo(b);
        }
        return b.build();
    }

    private static List<Secret> secrets(List<ResolvedRef> refs) {
        List<Secret> out = new ArrayList<>(refs.size());
        for (ResolvedRef r : refs) {
            out.add(r.ecsSecret());
        }
        return out;
    }
}
