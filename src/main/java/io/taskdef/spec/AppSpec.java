package io.taskdef.spec;

import java.util.List;
import java.util.Map;

/**
 * The app spec (v1), as bound from the request body. Optional fields are null when absent; the compiler
 * supplies defaults. Field names are the public contract (DESIGN §1).
 */
public record AppSpec(
        String family,
        String region,
        String account,
        String cluster,
        String launchType,
        String platformVersion,
        String agentVersion,
        String os,
        String architecture,
        Integer cpu,
        Integer memory,
        String networkMode,
        String executionRoleArn,
        String taskRoleArn,
        Boolean usesVpcEndpoints,
        Map<String, String> tags,
        PolicyOptions policy,
        List<ContainerSpec> containers,
        SpecNode.Obj overrides) {
}
