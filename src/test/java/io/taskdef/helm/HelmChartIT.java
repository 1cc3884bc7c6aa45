package io.taskdef.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.testing.ExternalCommand;
import io.taskdef.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Helm chart lints and renders, with the default values and with values-production.yaml, into objects
 * a cluster admin would accept: non-root, read-only root filesystem with a writable /tmp, no capabilities,
 * actuator probes, and the configuration and API-token Secret wired into the container.
 */
class HelmChartIT {

    private static final String PRODUCTION = "values-production.yaml";
    private static final Set<String> PASSED_THROUGH = Set.of("resources", "podSecurityContext", "securityContext");

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", PRODUCTION})
    void lintPasses(String values) {
        String out = ExternalCommand.of(Tools.require("helm"), "lint", "--strict", RenderedChart.CHART.toString(),
                        "-f", RenderedChart.CHART.resolve(values).toString())
                .run("helm-lint-" + values, Duration.ofMinutes(2)).output();
        assertThat(out).contains("1 chart(s) linted, 0 chart(s) failed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", PRODUCTION})
    void theDeploymentIsLockedDownAndProbedOnActuator(String values) {
        RenderedChart chart = RenderedChart.render("helm-template-" + values, "-f", RenderedChart.CHART.resolve(values).toString());
        JsonNode pod = chart.podSpec();
        JsonNode container = chart.container();

        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asInt()).isEqualTo(10001);
        assertThat(pod.at("/securityContext/seccompProfile/type").asString()).isEqualTo("RuntimeDefault");
        assertThat(pod.at("/automountServiceAccountToken").asBoolean(true)).isFalse();
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/capabilities/drop").toString()).isEqualTo("[\"ALL\"]");
        assertThat(container.at("/securityContext/capabilities/add").isMissingNode()).isTrue();

        assertThat(chart.volume("tmp").orElseThrow().has("emptyDir")).isTrue();
        assertThat(chart.volumeMount("tmp").orElseThrow().get("mountPath").asString()).isEqualTo("/tmp");

        assertThat(container.at("/livenessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
        assertThat(container.at("/readinessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/readiness");
        assertThat(container.at("/startupProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
        assertThat(container.at("/livenessProbe/httpGet/port").asString()).isEqualTo("http");
        assertThat(container.at("/ports/0/name").asString()).isEqualTo("http");
        assertThat(chart.env("SERVER_PORT")).contains(container.at("/ports/0/containerPort").asString());

        assertThat(container.at("/resources/requests/cpu").isMissingNode()).isFalse();
        assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();
        assertThat(chart.env("TASKDEF_DEFAULT_REGION")).contains("us-east-1");
        assertThat(chart.env("LOGGING_STRUCTURED_FORMAT_CONSOLE")).contains("ecs");
        assertThat(pod.at("/terminationGracePeriodSeconds").asInt())
                .as("longer than the preStop sleep plus the 20 s shutdown phase")
                .isGreaterThan(container.at("/lifecycle/preStop/sleep/seconds").asInt() + 20);

        JsonNode service = chart.get("Service");
        assertThat(service.at("/spec/ports/0/targetPort").asString()).isEqualTo("http");
        assertThat(service.at("/spec/selector")).isEqualTo(chart.get("Deployment").at("/spec/selector/matchLabels"));
    }

    @Test
    void defaultValuesRenderTheBasicObjectsWithoutTokensOrRole() {
        RenderedChart chart = RenderedChart.render("helm-template-defaults");

        assertThat(chart.kinds()).containsExactly("Deployment", "PodDisruptionBudget", "Service", "ServiceAccount");
        assertThat(chart.get("Deployment").at("/spec/replicas").asInt()).isEqualTo(2);
        assertThat(chart.get("ServiceAccount").at("/metadata/annotations").isMissingNode()).isTrue();
        assertThat(chart.env("TASKDEF_API_TOKENS_FILE")).isEmpty();
        assertThat(chart.env("AWS_ENDPOINT_URL")).isEmpty();
        assertThat(chart.volume("api-tokens")).isEmpty();
        assertThat(chart.env("TASKDEF_WARMUP_DURATION")).as("pods warm the JIT up before they report ready").contains("3s");
    }

    @Test
    void productionValuesWireIrsaTheTokensSecretAndTheOptionalObjects() {
        RenderedChart chart = RenderedChart.render("helm-template-production", "-f", RenderedChart.CHART.resolve(PRODUCTION).toString());

        assertThat(chart.kinds()).containsExactly("Deployment", "HorizontalPodAutoscaler", "NetworkPolicy",
                "PodDisruptionBudget", "Service", "ServiceAccount", "ServiceMonitor");
        assertThat(chart.get("ServiceAccount").at("/metadata/annotations").get("eks.amazonaws.com/role-arn").asString())
                .isEqualTo("arn:aws:iam::123456789012:role/taskdef-compiler");
        assertThat(chart.podSpec().get("serviceAccountName").asString())
                .isEqualTo(chart.get("ServiceAccount").at("/metadata/name").asString());
        assertThat(chart.get("Deployment").at("/spec/replicas").isMissingNode()).as("the HPA owns the replica count").isTrue();
        assertThat(chart.container().get("image").asString())
                .isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/taskdef-compiler:0.1.0");

        assertThat(chart.find("Secret")).as("the tokens Secret is managed outside the chart").isEmpty();
        assertThat(chart.volume("api-tokens").orElseThrow().at("/secret/secretName").asString()).isEqualTo("taskdef-compiler-api-tokens");
        JsonNode mount = chart.volumeMount("api-tokens").orElseThrow();
        assertThat(mount.get("readOnly").asBoolean()).isTrue();
        assertThat(chart.env("TASKDEF_API_TOKENS_FILE")).contains(mount.get("mountPath").asString() + "/tokens");
        assertThat(chart.env("TASKDEF_API_TOKENS")).as("tokens never travel in plain env").isEmpty();

        JsonNode hpa = chart.get("HorizontalPodAutoscaler");
        assertThat(hpa.at("/spec/scaleTargetRef/name").asString()).isEqualTo(chart.get("Deployment").at("/metadata/name").asString());
        assertThat(hpa.at("/spec/minReplicas").asInt()).isEqualTo(3);

        JsonNode policy = chart.get("NetworkPolicy");
        assertThat(policy.at("/spec/policyTypes").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
        assertThat(policy.at("/spec/ingress/0/ports/0/port").asString()).isEqualTo("http");
        assertThat(policy.at("/spec/ingress/0/from").toString()).contains("\"ci\"").contains("\"monitoring\"");
        assertThat(policy.at("/spec/egress").toString()).contains("443").contains("53");

        JsonNode monitor = chart.get("ServiceMonitor");
        assertThat(monitor.at("/spec/endpoints/0/path").asString()).isEqualTo("/actuator/prometheus");
        assertThat(monitor.at("/spec/endpoints/0/port").asString()).isEqualTo(chart.get("Service").at("/spec/ports/0/name").asString());
        assertThat(monitor.at("/metadata/labels/release").asString()).isEqualTo("kube-prometheus-stack");
    }

    @Test
    void tokensGivenAsValuesBecomeAChartSecretMountedAsAFile() {
        RenderedChart chart = RenderedChart.render("helm-template-tokens", "--set", "apiTokens.tokens={tok-one,tok-two}");

        JsonNode secret = chart.get("Secret");
        String tokens = new String(Base64.getDecoder().decode(secret.at("/data/tokens").asString()), StandardCharsets.UTF_8);
        assertThat(tokens).isEqualTo("tok-one,tok-two");
        assertThat(chart.volume("api-tokens").orElseThrow().at("/secret/secretName").asString())
                .isEqualTo(secret.at("/metadata/name").asString());
        assertThat(chart.env("TASKDEF_API_TOKENS_FILE")).contains("/var/run/secrets/taskdef/tokens");
        assertThat(chart.get("Deployment").at("/spec/template/metadata/annotations").has("checksum/api-tokens"))
                .as("pods roll when the tokens change").isTrue();
        assertThat(chart.container().toString()).doesNotContain("tok-one");
    }

    @Test
    void anEndpointOverrideReachesTheServiceAndTheSdk() {
        RenderedChart chart = RenderedChart.render("helm-template-endpoint",
                "--set", "aws.endpoint=http://moto.test:5000", "--set", "aws.defaultRegion=eu-west-1");

        assertThat(chart.env("TASKDEF_AWS_ENDPOINT")).contains("http://moto.test:5000");
        assertThat(chart.env("AWS_ENDPOINT_URL")).contains("http://moto.test:5000");
        assertThat(chart.env("TASKDEF_DEFAULT_REGION")).contains("eu-west-1");
        assertThat(chart.env("AWS_REGION")).contains("eu-west-1");
    }

    @Test
    void everyValueIsDocumentedInTheChartReadme() throws IOException {
        String readme = Files.readString(RenderedChart.CHART.resolve("README.md"));
        List<String> paths = new ArrayList<>();
        valuePaths("", YAMLMapper.builder().build().readTree(RenderedChart.CHART.resolve("values.yaml").toFile()), paths);
        assertThat(paths).hasSizeGreaterThan(40);
        assertThat(paths.stream().filter(p -> !readme.contains("`" + p + "`")).toList())
                .as("values missing from helm/taskdef-compiler/README.md").isEmpty();
    }

    /** Every value's dotted path; Kubernetes objects passed through whole are one value each. */
    private static void valuePaths(String prefix, JsonNode node, List<String> out) {
        if (node.isObject() && !node.isEmpty() && !PASSED_THROUGH.contains(prefix)) {
            node.properties().forEach(e -> valuePaths(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else {
            out.add(prefix);
        }
    }
}
