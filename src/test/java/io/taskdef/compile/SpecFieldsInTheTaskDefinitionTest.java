package io.taskdef.compile;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.spec.AppSpec;
import io.taskdef.spec.ContainerSpec;
import io.taskdef.spec.LoggingSpec;
import io.taskdef.spec.PortSpec;
import io.taskdef.spec.SpecFormat;
import io.taskdef.wire.Json;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every field of the spec records is accounted for: either it is written into the task definition (at the
 * JSON pointer given, which the every-member fixture must fill) or it feeds something else (said why). A
 * field added to a spec record fails here until someone decides where it goes, so TaskDefinitionJson
 * cannot silently leave it out.
 */
class SpecFieldsInTheTaskDefinitionTest {

    private static final String ELSEWHERE = "-";

    static final Map<Class<? extends Record>, Map<String, String>> WHERE = Map.of(
            AppSpec.class, Map.ofEntries(
                    entry("family", "/family"),
                    entry("region", ELSEWHERE + " ARNs, policy, awslogs defaults"),
                    entry("account", ELSEWHERE + " ARNs and policy"),
                    entry("cluster", ELSEWHERE + " verify only"),
                    entry("launchType", "/requiresCompatibilities/0"),
                    entry("platformVersion", ELSEWHERE + " rules and requirements"),
                    entry("agentVersion", ELSEWHERE + " rules and requirements"),
                    entry("os", "/runtimePlatform/operatingSystemFamily"),
                    entry("architecture", "/runtimePlatform/cpuArchitecture"),
                    entry("cpu", "/cpu"),
                    entry("memory", "/memory"),
                    entry("networkMode", "/networkMode"),
                    entry("executionRoleArn", "/executionRoleArn"),
                    entry("taskRoleArn", "/taskRoleArn"),
                    entry("usesVpcEndpoints", ELSEWHERE + " requirements"),
                    entry("tags", "/tags/0/key"),
                    entry("policy", ELSEWHERE + " the execution role policy"),
                    entry("containers", "/containerDefinitions/0"),
                    entry("overrides", ELSEWHERE + " SDK field values, TaskDefinitionJsonTest's override fixtures")),
            ContainerSpec.class, Map.ofEntries(
                    entry("name", "/containerDefinitions/0/name"),
                    entry("image", "/containerDefinitions/0/image"),
                    entry("essential", "/containerDefinitions/1/essential"),
                    entry("ports", "/containerDefinitions/0/portMappings/0"),
                    entry("environment", "/containerDefinitions/0/environment/0/name"),
                    entry("secrets", "/containerDefinitions/0/secrets/0/valueFrom"),
                    entry("logging", "/containerDefinitions/0/logConfiguration"),
                    entry("command", "/containerDefinitions/1/command/0"),
                    entry("entryPoint", "/containerDefinitions/0/entryPoint/0"),
                    entry("cpu", "/containerDefinitions/0/cpu"),
                    entry("memory", "/containerDefinitions/0/memory"),
                    entry("memoryReservation", "/containerDefinitions/0/memoryReservation"),
                    entry("overrides", ELSEWHERE + " SDK field values, TaskDefinitionJsonTest's override fixtures")),
            PortSpec.class, Map.ofEntries(
                    entry("pointer", ELSEWHERE + " diagnostics"),
                    entry("containerPort", "/containerDefinitions/0/portMappings/1/containerPort"),
                    entry("hostPort", "/containerDefinitions/0/portMappings/1/hostPort"),
                    entry("protocol", "/containerDefinitions/0/portMappings/2/protocol"),
                    entry("name", "/containerDefinitions/0/portMappings/1/name"),
                    entry("appProtocol", "/containerDefinitions/0/portMappings/1/appProtocol")),
            LoggingSpec.class, Map.ofEntries(
                    entry("driver", "/containerDefinitions/0/logConfiguration/logDriver"),
                    entry("options", "/containerDefinitions/0/logConfiguration/options/mode"),
                    entry("secretOptions", "/containerDefinitions/1/logConfiguration/secretOptions/0/valueFrom")));

    @Test
    void everySpecFieldIsAccountedFor() {
        WHERE.forEach((record, where) -> assertThat(where.keySet()).as(record.getSimpleName())
                .isEqualTo(Arrays.stream(record.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet())));
    }

    @Test
    void everyFieldThatReachesTheTaskDefinitionIsWrittenThere() {
        CompileResult r = new Compiler().compile(TaskDefinitionFixtures.EVERY_MEMBER.getBytes(StandardCharsets.UTF_8), SpecFormat.YAML)
                .result();
        JsonNode td = Json.mapper().readTree(r.taskDefinitionJson().getValue());
        WHERE.forEach((record, where) -> where.forEach((field, pointer) -> {
            if (!pointer.startsWith(ELSEWHERE)) {
                assertThat(td.at(pointer).isMissingNode()).as(record.getSimpleName() + "." + field + " at " + pointer + " in " + td).isFalse();
            }
        }));
    }
}
