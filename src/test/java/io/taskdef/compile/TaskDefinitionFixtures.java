package io.taskdef.compile;

import io.taskdef.spec.SpecFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every spec the tests keep as a file, plus specs written here for what the files leave out: task-level and
 * container-level overrides, every member the renderer can set, and strings JSON must escape.
 */
final class TaskDefinitionFixtures {

    record Fixture(String name, byte[] body, SpecFormat format) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<String> RESOURCES = List.of(
            "/examples/01-whole-secret.yaml", "/examples/02-json-key.yaml", "/examples/03-version-stage.yaml",
            "/examples/04-version-id.yaml", "/examples/05-json-key-and-stage.yaml", "/examples/06-json-key-and-id.yaml",
            "/examples/07-splunk-secret-options.yaml", "/examples/08-customer-managed-key.yaml", "/examples/09-ssm-parameter.yaml",
            "/specs/design-example.yaml", "/specs/ec2-linux-overrides.yaml", "/specs/ec2-windows-awslogs.yaml",
            "/bench/small.json", "/bench/medium.json", "/bench/large.json");

    /** Every member the renderer writes, defaults and non-defaults, and strings that need escaping. */
    static final String EVERY_MEMBER = """
            family: every-member
            region: eu-central-1
            account: "123456789012"
            launchType: EC2
            architecture: ARM64
            networkMode: bridge
            cpu: 1024
            memory: 2048
            executionRoleArn: arn:aws:iam::123456789012:role/exec
            taskRoleArn: arn:aws:iam::123456789012:role/task
            tags: { team: "pay\\"ments", "cost centre": "ünïcødé — \\u2028 </script> \\\\ \\t", empty: "" }
            containers:
              - name: app
                image: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/app:1
                essential: true
                cpu: 512
                memory: 1024
                memoryReservation: 512
                ports:
                  - 8080
                  - { containerPort: 8443, hostPort: 0, protocol: TCP, name: https, appProtocol: http2 }
                  - { containerPort: 53, hostPort: 5353, protocol: udp }
                environment: { A: "1", QUOTE: "say \\"hi\\"", CTRL: "line\\nbreak\\u0001", EMOJI: "\\U0001F600" }
                secrets:
                  DB: { secret: prod/db, jsonKey: password, versionStage: AWSPREVIOUS }
                  TOKEN: { parameter: /prod/token }
                logging:
                  driver: awslogs
                  options: { awslogs-group: /custom, mode: non-blocking }
                entryPoint: ["sh", "-c"]
                command: []
              - name: sidecar
                image: public.ecr.aws/docker/library/busybox:1.36
                essential: false
                memory: 128
                command: "sleep infinity"
                logging:
                  driver: splunk
                  options: {}
                  secretOptions:
                    splunk-token: arn:aws:secretsmanager:eu-central-1:123456789012:secret:splunk-AbCdEf
            """;

    /** Overrides on the task only, with the spec's tags and a platform. */
    static final String TASK_OVERRIDES = """
            family: task-overrides
            region: us-east-1
            cpu: 256
            memory: 512
            os: LINUX
            executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole
            tags: { team: payments }
            containers:
              - name: app
                image: nginx:1.27
                ports: [80]
            overrides:
              ephemeralStorage: { sizeInGiB: 30 }
              volumes: [{ name: scratch }]
              enableFaultInjection: true
              pidMode: task
            """;

    /** Overrides on the second of two containers only. */
    static final String CONTAINER_OVERRIDES = """
            family: container-overrides
            region: us-west-2
            cpu: 512
            memory: 1024
            executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole
            containers:
              - name: app
                image: nginx:1.27
                environment: { MODE: prod }
              - name: worker
                image: busybox:1.36
                essential: false
                secrets: { TOKEN: arn:aws:secretsmanager:us-west-2:123456789012:secret:token-AbCdEf }
                logging: { driver: awslogs }
                overrides:
                  dockerLabels: { "com.example.team": payments, "com.example.tier": "2" }
                  readonlyRootFilesystem: true
                  user: "1000:1000"
                  dependsOn: [{ containerName: app, condition: START }]
                  healthCheck: { command: ["CMD", "true"], interval: 10 }
            """;

    static List<Fixture> all() {
        List<Fixture> out = new ArrayList<>();
        for (String r : RESOURCES) {
            out.add(new Fixture(r, resource(r), r.endsWith(".json") ? SpecFormat.JSON : SpecFormat.YAML));
        }
        out.add(new Fixture("every-member", EVERY_MEMBER.getBytes(StandardCharsets.UTF_8), SpecFormat.YAML));
        out.add(new Fixture("task-overrides", TASK_OVERRIDES.getBytes(StandardCharsets.UTF_8), SpecFormat.YAML));
        out.add(new Fixture("container-overrides", CONTAINER_OVERRIDES.getBytes(StandardCharsets.UTF_8), SpecFormat.YAML));
        return out;
    }

    static byte[] resource(String name) {
        try (InputStream in = TaskDefinitionFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TaskDefinitionFixtures() {
    }
}
