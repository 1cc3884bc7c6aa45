package io.taskdef.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.KeyValuePair;
import software.amazon.awssdk.services.ecs.model.PortMapping;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.Tag;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;

class TaskDefinitionDiffTest {

    static RegisterTaskDefinitionRequest desired(String mode) {
        return RegisterTaskDefinitionRequest.builder().family("web").networkMode("awsvpc").cpu("512").memory("1024")
                .requiresCompatibilitiesWithStrings("FARGATE")
                .containerDefinitions(ContainerDefinition.builder().name("app").image("nginx:1.27")
                        .portMappings(PortMapping.builder().containerPort(8080).build())
                        .environment(kv("MODE", mode), kv("LOG_LEVEL", "info")).build())
                .tags(Tag.builder().key("team").value("payments").build(), Tag.builder().key("app").value("web").build(),
                        Tag.builder().key("taskdef-compiler:fingerprint").value("sha256:new").build())
                .build();
    }

    /** What ECS answers for the registration of {@code desired("blue")}: defaults filled in, read-only fields added. */
    static CurrentRevision asEcsDescribesIt() {
        TaskDefinition td = TaskDefinition.builder().family("web").revision(1).status(TaskDefinitionStatus.ACTIVE)
                .taskDefinitionArn("arn:aws:ecs:us-east-1:123456789012:task-definition/web:1").networkMode("awsvpc").cpu("512").memory("1024")
                .requiresCompatibilitiesWithStrings("FARGATE").compatibilities(Compatibility.EC2, Compatibility.FARGATE)
                .registeredAt(Instant.parse("2026-01-01T00:00:00Z")).volumes(List.of()).placementConstraints(List.of())
                .containerDefinitions(ContainerDefinition.builder().name("app").image("nginx:1.27").cpu(0).essential(true)
                        .portMappings(PortMapping.builder().containerPort(8080).hostPort(8080).protocol("tcp").build())
                        .environment(kv("LOG_LEVEL", "info"), kv("MODE", "blue")).mountPoints(List.of()).volumesFrom(List.of()).build())
                .build();
        return new CurrentRevision(td, List.of(Tag.builder().key("app").value("web").build(),
                Tag.builder().key("taskdef-compiler:fingerprint").value("sha256:old").build(),
                Tag.builder().key("team").value("payments").build()));
    }

    static KeyValuePair kv(String name, String value) {
        return KeyValuePair.builder().name(name).value(value).build();
    }

    @Test
    void whatEcsFillsInAndTheFingerprintTagAreNoDifference() {
        assertThat(TaskDefinitionDiff.between(Optional.of(asEcsDescribesIt()), desired("blue"))).isEmpty();
    }

    @Test
    void oneChangedEnvironmentValueIsOneReplace() {
        List<Change> diff = TaskDefinitionDiff.between(Optional.of(asEcsDescribesIt()), desired("green"));
        assertThat(diff).hasSize(1);
        assertThat(diff.get(0).path()).isEqualTo("/containerDefinitions/0/environment/1/value");
        assertThat(diff.get(0).op()).isEqualTo("replace");
        assertThat(diff.get(0).current().asString()).isEqualTo("blue");
        assertThat(diff.get(0).desired().asString()).isEqualTo("green");
    }

    @Test
    void aFieldTheCompiledDefinitionDropsIsARemoveAndANewOneAnAdd() {
        RegisterTaskDefinitionRequest noMemory = desired("blue").toBuilder().memory(null).ipcMode("task").build();
        List<Change> diff = TaskDefinitionDiff.between(Optional.of(asEcsDescribesIt()), noMemory);
        assertThat(diff).extracting(Change::path, Change::op).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/memory", "remove"), org.assertj.core.groups.Tuple.tuple("/ipcMode", "add"));
    }

    @Test
    void aNonDefaultValueEcsHoldsIsStillADifference() {
        CurrentRevision current = asEcsDescribesIt();
        ContainerDefinition c = current.taskDefinition().containerDefinitions().get(0).toBuilder().cpu(256).build();
        CurrentRevision withCpu = new CurrentRevision(current.taskDefinition().toBuilder().containerDefinitions(c).build(), current.tags());
        assertThat(TaskDefinitionDiff.between(Optional.of(withCpu), desired("blue")))
                .extracting(Change::path).containsExactly("/containerDefinitions/0/cpu");
    }

    @Test
    void withoutACurrentRevisionEverythingIsAnAdd() {
        List<Change> diff = TaskDefinitionDiff.between(Optional.empty(), desired("blue"));
        assertThat(diff).isNotEmpty().allSatisfy(ch -> assertThat(ch.op()).isEqualTo("add"));
        assertThat(diff).extracting(Change::path).contains("/family", "/containerDefinitions", "/tags");
    }
}
