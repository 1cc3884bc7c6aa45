package io.taskdef.rules;

import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.ok;
import static io.taskdef.rules.Specs.okOr;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortMappingRuleTest {

    static final String PORT = "/containers/0/ports/0";

    @ParameterizedTest
    @ValueSource(ints = {1, 80, 8080, 65535})
    void portsInRange(int port) {
        ok(Specs.fargate().set(PORT, port).compile());
        ok(Specs.fargate().set(PORT, Map.of("containerPort", port)).compile());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536})
    void portsOutOfRange(int port) {
        errorSays(Specs.fargate().set(PORT, port).compile(), "PORT", PORT, "port " + port + " is outside 1-65535");
        errorSays(Specs.fargate().set(PORT, Map.of("containerPort", port)).compile(), "PORT", PORT);
    }

    @ParameterizedTest(name = "{0} containerPort {1} hostPort {2}")
    @CsvSource(nullValues = "-", value = {
            "awsvpc, 8080, 8080,  -",
            "awsvpc, 8080, 9090,  with networkMode awsvpc the host port is the container port (8080)",
            "bridge, 8080, 9090,  -",
            "bridge, 8080, 0,     -",
            "bridge, 8080, 65535, -",
            "bridge, 8080, 65536, host port 65536 is outside 0-65535",
            "bridge, 8080, -1,    host port -1 is outside 0-65535"})
    void hostPorts(String mode, int containerPort, int hostPort, String error) {
        Specs.Spec s = Specs.ec2().set("/networkMode", mode).set(PORT, Map.of("containerPort", containerPort, "hostPort", hostPort));
        okOr(error == null, s.compile(), "PORT", PORT + "/hostPort", error);
    }

    @ParameterizedTest
    @CsvSource({"tcp, true", "udp, true", "UDP, true", "sctp, false", "http, false"})
    void protocols(String protocol, boolean valid) {
        Specs.Spec s = Specs.fargate().set(PORT, Map.of("containerPort", 53, "protocol", protocol));
        okOr(valid, s.compile(), "PORT", PORT + "/protocol", "protocol is tcp or udp, not '" + protocol + "'");
    }

    /** Under awsvpc and host the containers share the task's ports; under bridge each maps its own. */
    @ParameterizedTest
    @CsvSource({"awsvpc, tcp, tcp, false", "host, tcp, tcp, false", "awsvpc, tcp, udp, true", "bridge, tcp, tcp, true"})
    void samePortTwice(String mode, String first, String second, boolean valid) {
        Specs.Spec s = Specs.ec2().set("/networkMode", mode).set(PORT, Map.of("containerPort", 8080, "protocol", first))
                .container(1, "b").set("/containers/1/memory", 128).set("/containers/1/ports/0", Map.of("containerPort", 8080, "protocol", second));
        okOr(valid, s.compile(), "PORT", "/containers/1/ports/0", "port 8080/tcp is mapped twice");
    }
}
