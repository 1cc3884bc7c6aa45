package io.taskdef.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.compile.Compiler;
import io.taskdef.rules.RuleInfo;
import io.taskdef.rules.StructuralChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's rule table names every rule and every code the service can report. */
class ReadmeTest {

    @Test
    void ruleTableListsEveryRuleAndCode() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<RuleInfo> all = new ArrayList<>(new Compiler().rules());
        all.addAll(StructuralChecks.ALL);
        for (RuleInfo r : all) {
            assertThat(readme).as("README rule table row for " + r.id()).contains("| `" + r.id() + "` |");
            for (String code : r.codes()) {
                assertThat(readme).as("README mentions code " + code).contains("`" + code + "`");
            }
        }
    }

    @Test
    void ciRunsTheReadmesTestCommand() throws Exception {
        assertThat(Files.readString(Path.of("README.md"))).contains("scripts/test.sh");
        assertThat(Files.readString(Path.of(".ci/run"))).contains("scripts/test.sh").doesNotContain("skipTests");
    }
}
