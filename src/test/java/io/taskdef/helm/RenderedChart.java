package io.taskdef.helm;

import io.taskdef.testing.ExternalCommand;
import io.taskdef.testing.Tools;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The objects {@code helm template} renders from the chart, parsed from its YAML stream. */
record RenderedChart(List<JsonNode> objects) {

    static final Path CHART = Tools.projectRoot().resolve("helm/taskdef-compiler");
    static final String RELEASE = "taskdef-compiler";
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** Renders the chart as release {@value #RELEASE}; args are more helm flags (-f, --set). */
    static RenderedChart render(String logName, String... args) {
        List<String> cmd = new ArrayList<>(List.of("template", RELEASE, CHART.toString()));
        cmd.addAll(List.of(args));
        String yaml = ExternalCommand.of(Tools.require("helm"), cmd.toArray(String[]::new))
                .run(logName, Duration.ofMinutes(2)).output();
        List<JsonNode> docs = new ArrayList<>();
        try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            it.forEachRemaining(doc -> {
                if (doc != null && doc.isObject()) {
                    docs.add(doc);
                }
            });
        }
        return new RenderedChart(List.copyOf(docs));
    }

    List<String> kinds() {
        return objects.stream().map(o -> o.get("kind").asString()).sorted().toList();
    }

    Optional<JsonNode> find(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind").asString())).findFirst();
    }

    JsonNode get(String kind) {
        return find(kind).orElseThrow(() -> new AssertionError("no " + kind + " rendered; kinds: " + kinds()));
    }

    JsonNode podSpec() {
        return get("Deployment").at("/spec/template/spec");
    }

    JsonNode container() {
        return podSpec().at("/containers/0");
    }

    /** The value of the container's environment variable, or empty when it is not set. */
    Optional<String> env(String name) {
        return named(container().path("env"), name).map(e -> e.path("value").asString());
    }

    Optional<JsonNode> volume(String name) {
        return named(podSpec().path("volumes"), name);
    }

    Optional<JsonNode> volumeMount(String name) {
        return named(container().path("volumeMounts"), name);
    }

    private static Optional<JsonNode> named(JsonNode array, String name) {
        for (JsonNode item : array) {
            if (name.equals(item.path("name").asString())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
