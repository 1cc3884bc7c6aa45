package io.taskdef.api.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The worked examples shown in Swagger UI: the spec files under {@code classpath:examples/}, each starting
 * with "# summary:" and "# description:" lines. The same files are compiled by the tests.
 */
public final class ExampleSpecs {

    /** One example: its id (file name without number and extension), text, and the text parsed. */
    public record SpecExample(String id, String summary, String description, String yaml, Map<String, Object> value) {
    }

    private ExampleSpecs() {
    }

    @SuppressWarnings("unchecked")
    public static List<SpecExample> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:examples/*.yaml");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            YAMLMapper yaml = YAMLMapper.builder().build();
            List<SpecExample> out = new ArrayList<>();
            for (Resource f : files) {
                String text;
                try (InputStream in = f.getInputStream()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String name = f.getFilename().replaceFirst("^\\d+-", "").replaceFirst("\\.yaml$", "");
                String summary = header(text, "summary");
                String description = header(text, "description");
                String body = text.lines().filter(l -> !l.startsWith("#")).reduce("", (a, l) -> a + l + "\n");
                out.add(new SpecExample(name, summary, description, body, yaml.readValue(body, Map.class)));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example as JSON text, for tests and curl. */
    public static String json(SpecExample e) {
        return JsonMapper.builder().build().writeValueAsString(e.value());
    }

    private static String header(String text, String key) {
        String prefix = "# " + key + ":";
        return text.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).trim()).findFirst().orElse(key);
    }
}
