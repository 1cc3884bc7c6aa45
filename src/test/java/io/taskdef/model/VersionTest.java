package io.taskdef.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.4.0        | 1.4.0",
        "1.4          | 1.4.0",
        "v1.3.0       | 1.3.0",
        "'  1.68.2 '  | 1.68.2",
        "0.0          | 0.0.0",
        "9999.9999.9999 | 9999.9999.9999",
        "01.04.00     | 1.4.0"})
    void parsesDottedVersions(String text, String expected) {
        assertEquals(expected, Version.of(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "v", "v1", "1.", "1..2", ".1.2", "1.2.", "1.2.3.4", "10000.0", "1.10000", "1.2.10000",
        "V1.2", "1.2a", "a1.2", "1,2", "-1.2", "+1.2", "1.2.-3", "vv1.2", "LATEST", "1 .2"})
    void refusesEverythingElse(String text) {
        assertNull(Version.of(text), text);
    }

    @ParameterizedTest
    @CsvSource({"1.3.0, 1.4.0", "1.4.0, 1.4.1", "1.37.0, 1.68.2", "1.9.9, 2.0.0"})
    void ordersByMajorMinorPatch(String lower, String higher) {
        assertEquals(true, Version.parse(lower).isBefore(Version.parse(higher)));
        assertEquals(false, Version.parse(higher).isBefore(Version.parse(lower)));
    }

    @org.junit.jupiter.api.Test
    void nullIsNoVersion() {
        assertNull(Version.of(null));
    }
}
