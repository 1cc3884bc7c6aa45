package io.taskdef.spec;

import java.util.List;
import java.util.Map;

/** One container of the app spec; {@code secrets} maps an environment variable name to a reference. */
public record ContainerSpec(
        String name,
        String image,
        Boolean essential,
        List<PortSpec> ports,
        Map<String, String> environment,
        Map<String, RefSpec> secrets,
        LoggingSpec logging,
        List<String> command,
        List<String> entryPoint,
        Integer cpu,
        Integer memory,
        Integer memoryReservation,
        SpecNode.Obj overrides) {
}
