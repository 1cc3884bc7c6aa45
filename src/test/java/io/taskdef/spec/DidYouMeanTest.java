package io.taskdef.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidYouMeanTest {

    static final Map<String, List<String>> FIELDS = Map.of(
            "top", SpecBinder.TOP_FIELDS, "container", SpecBinder.CONTAINER_FIELDS, "reference", SpecBinder.REF_FIELDS);

    @ParameterizedTest(name = "{0} field {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            // typos and transpositions
            "top,       famliy,               family",
            "top,       contianers,           containers",
            "top,       platfromVersion,      platformVersion",
            "top,       exectionRoleArn,      executionRoleArn",
            "top,       cpus,                 cpu",
            "top,       cp,                   cpu",
            "container, imgae,                image",
            "container, port,                 ports",
            "container, secret,               secrets",
            "reference, paramter,             parameter",
            "reference, secrets,              secret",
            // case only
            "top,       Family,               family",
            "top,       LAUNCHTYPE,           launchType",
            "container, entrypoint,           entryPoint",
            "reference, jsonkey,              jsonKey",
            "reference, versionstage,         versionStage",
            "reference, versionID,            versionId",
            "reference, kmskey,               kmsKey",
            // names that start like a field, at least 4 characters and half the name
            "top,       cont,                 containers",
            "top,       networkModes,         networkMode",
            "top,       regionName,           region",
            "container, environmentVariables, environment",
            "container, memoryReservations,   memoryReservation",
            // a closer spelling beats a shorter prefix
            "top,       usesVpcEndpoint,      usesVpcEndpoints",
            "container, memoryReserve,        memoryReservation",
            // nothing close enough
            "top,       xyz,                  -",
            "top,       banana,               -",
            "top,       cpuUnits,             -",
            "top,       secretsManagerArn,    -"})
    void suggestions(String fields, String given, String expected) {
        assertEquals(expected, DidYouMean.suggest(given, FIELDS.get(fields)));
    }

    @ParameterizedTest
    @CsvSource({"famliy, '; did you mean ''family''?'", "zzzzzz, ''"})
    void hint(String given, String hint) {
        assertEquals(hint, DidYouMean.hint(given, List.of("family", "containers")));
    }

    @ParameterizedTest
    @CsvSource({"abc, abc, 0", "abc, acb, 1", "abc, abd, 1", "abc, ab, 1", "'', abc, 3", "kitten, sitting, 3", "ca, abc, 3"})
    void distance(String a, String b, int d) {
        assertEquals(d, DidYouMean.distance(a, b));
    }
}
