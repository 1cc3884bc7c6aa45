package io.taskdef.spec;

/** A port mapping: {@code 8080} or {@code {containerPort: 8080, protocol: tcp, name: http}}. */
public record PortSpec(String pointer, Integer containerPort, Integer hostPort, String protocol, String name, String appProtocol) {
}
