package io.taskdef.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.ecs.model.CPUArchitecture;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.LogDriver;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.OSFamily;
import software.amazon.awssdk.services.ecs.model.TransportProtocol;

/** The allowed values of the ECS enumerations the spec uses, taken from the SDK model once. */
public final class EcsValues {

    public static final List<String> LAUNCH_TYPES = List.of(Compatibility.FARGATE.toString(), Compatibility.EC2.toString(),
            Compatibility.EXTERNAL.toString());
    public static final List<String> OS_FAMILIES = wire(OSFamily.knownValues());
    public static final List<String> ARCHITECTURES = wire(CPUArchitecture.knownValues());
    public static final List<String> NETWORK_MODES = wire(NetworkMode.knownValues());
    public static final List<String> LOG_DRIVERS = wire(LogDriver.knownValues());
    public static final List<String> PROTOCOLS = wire(TransportProtocol.knownValues());
    /** Log drivers a Fargate task may use. */
    public static final List<String> FARGATE_LOG_DRIVERS = List.of("awslogs", "splunk", "awsfirelens");

    private EcsValues() {
    }

    /** The allowed value equal to {@code given} ignoring case, or null. */
    public static String normalize(String given, List<String> allowed) {
        if (given == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(given.trim())) {
                return a;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> List<String> wire(Set<E> values) {
        Set<String> out = new TreeSet<>();
        for (E e : values) {
            out.add(e.toString());
        }
        return List.copyOf(out);
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
