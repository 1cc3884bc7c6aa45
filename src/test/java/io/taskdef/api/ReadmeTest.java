package io.taskdef.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.aws.VerifyChecks;
import io.taskdef.compile.Compiler;
import io.taskdef.compile.Outcome;
import io.taskdef.rules.RuleInfo;
import io.taskdef.rules.StructuralChecks;
import io.taskdef.spec.SpecFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's rule table is the catalogue of {@code GET /v1/rules}, row for row. When a rule changes,
 * regenerate it with {@code ./mvnw test -Dtest=ReadmeTest -Dreadme.update=true} and commit the README.
 */
class ReadmeTest {

    static final Path README = Path.of("README.md");
    static final String BEGIN = "<!-- rules:begin";
    static final String END = "<!-- rules:end -->";

    @Test
    void ruleTableIsTheCatalogue() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int begin = readme.indexOf('\n', readme.indexOf(BEGIN)) + 1;
        int end = readme.indexOf(END);
        assertThat(readme.indexOf(BEGIN)).as("README has the rule table markers").isGreaterThan(0);
        String expected = table();
        if (Boolean.getBoolean("readme.update")) {
            readme = readme.substring(0, begin) + expected + readme.substring(end);
            Files.writeString(README, readme, StandardCharsets.UTF_8);
            end = readme.indexOf(END);
        }
        assertThat(readme.substring(begin, end))
                .as("README rule table drifted from GET /v1/rules: ./mvnw test -Dtest=ReadmeTest -Dreadme.update=true")
                .isEqualTo(expected);
    }

    @Test
    void theSpecExampleCompiles() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int section = readme.indexOf("## The app spec");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start));
        Outcome o = new Compiler().compile(yaml.getBytes(StandardCharsets.UTF_8), SpecFormat.YAML);
        assertThat(o.errors()).as(yaml).isEmpty();
        assertThat(o.result().taskDefinition().containerDefinitions()).hasSize(1);
    }

    @Test
    void ciRunsTheReadmesTestCommand() throws Exception {
        assertThat(Files.readString(README)).contains("scripts/test.sh");
        assertThat(Files.readString(Path.of(".ci/run"))).contains("scripts/test.sh").doesNotContain("skipTests");
    }

    static String table() {
        List<RuleInfo> all = new ArrayList<>(new Compiler().rules());
        all.addAll(StructuralChecks.ALL);
        all.addAll(VerifyChecks.ALL);
        StringBuilder sb = new StringBuilder("| Rule | Codes | Kind | What it checks | Source |\n|---|---|---|---|---|\n");
        for (RuleInfo r : all) {
            sb.append("| `").append(r.id()).append("` | ")
                    .append(r.codes().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")))
                    .append(" | ").append(r.kind()).append(" | ").append(r.summary().replace("|", "\\|"))
                    .append(" | ").append(r.source()).append(" |\n");
        }
        return sb.toString();
    }
}
