package io.taskdef.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingsTest {

    /** One error per code and pointer: different problems with one field are all kept, repeats are not. */
    @Test
    void errorsKeptOncePerCodeAndPointer() {
        Findings f = new Findings();
        f.error("AGENT_VERSION", "/containers/0/secrets/A", "agent too old");
        f.error("ENV_DUPLICATE", "/containers/0/secrets/A", "also in environment");
        f.error("AGENT_VERSION", "/containers/0/secrets/A", "agent too old, said again");
        f.error("AGENT_VERSION", "/containers/0/secrets/B", "agent too old");
        assertEquals(List.of(
                Diagnostic.error("AGENT_VERSION", "/containers/0/secrets/A", "agent too old"),
                Diagnostic.error("ENV_DUPLICATE", "/containers/0/secrets/A", "also in environment"),
                Diagnostic.error("AGENT_VERSION", "/containers/0/secrets/B", "agent too old")), f.errors());
        assertTrue(f.hasErrors());
    }

    @Test
    void warningsKeptOnceEach() {
        Findings f = new Findings();
        f.warning("W", "/a", "m");
        f.warning("W", "/a", "m");
        f.warning("W", "/a", "other");
        f.warning("W", "/b", "m");
        f.warning("V", "/a", "m");
        f.warning("W", "/a", "other");
        assertEquals(List.of(Diagnostic.warning("W", "/a", "m"), Diagnostic.warning("W", "/a", "other"), Diagnostic.warning("W", "/b", "m"),
                Diagnostic.warning("V", "/a", "m")), f.warnings());
        assertFalse(f.hasErrors());
    }

    @ParameterizedTest
    @CsvSource({"/containers/1, true", "/containers, true", "'', true", "/containers/1/name/x, false", "/containers/10, false", "/cpu, false"})
    void errorAtOrBelow(String pointer, boolean has) {
        Findings f = new Findings();
        f.error("X", "/containers/1/name", "m");
        assertEquals(has, f.hasErrorAt(pointer));
    }

    /** The first cause of a requirement wins; another value is another requirement. */
    @Test
    void requirementsDeduplicatedByValue() {
        Findings f = new Findings();
        f.require(Requirement.minimum("AGENT_VERSION", "1.22.0", "first"));
        f.require(Requirement.minimum("AGENT_VERSION", "1.22.0", "second"));
        f.require(Requirement.minimum("AGENT_VERSION", "1.37.0", "third"));
        f.require(Requirement.endpoint("com.amazonaws.us-east-1.ssm", "x"));
        f.require(Requirement.endpoint("com.amazonaws.us-east-1.ssm", "y"));
        assertEquals(List.of(Requirement.minimum("AGENT_VERSION", "1.22.0", "first"), Requirement.minimum("AGENT_VERSION", "1.37.0", "third"),
                Requirement.endpoint("com.amazonaws.us-east-1.ssm", "x")), f.requirements());
    }
}
