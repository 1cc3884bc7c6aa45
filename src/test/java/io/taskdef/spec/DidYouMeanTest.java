package io.taskdef.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidYouMeanTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            // typos and transpositions
            "famliy,            family",
            "contianers,        containers",
            "platfromVersion,   platformVersion",
            "exectionRoleArn,   executionRoleArn",
            "cpus,              cpu",
            // case only
            "Family,            family",
            "LAUNCHTYPE,        launchType",
            // truncations and extensions of at least 4 characters
            "cont,              containers",
            "networkModes,      networkMode",
            // a closer spelling beats a shorter prefix
            "usesVpcEndpoint,   usesVpcEndpoints",
            // nothing close enough
            "xyz,               -",
            "cp,                cpu",
            "banana,            -",
            "regionName,        region",
            "cpuUnits,          -",
            "secretsManagerArn, -"})
    void topLevelFields(String given, String expected) {
        assertEquals(expected, DidYouMean.suggest(given, SpecBinder.TOP_FIELDS));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "memoryReserve,        memoryReservation",
            "memoryReservations,   memoryReservation",
            "environmentVariables, environment",
            "secret,               secrets",
            "entrypoint,           entryPoint",
            "imgae,                image",
            "port,                 ports"})
    void containerFields(String given, String expected) {
        assertEquals(expected, DidYouMean.suggest(given, SpecBinder.CONTAINER_FIELDS));
    }

    @ParameterizedTest
    @CsvSource({
            "jsonkey,       jsonKey",
            "versionstage,  versionStage",
            "versionID,     versionId",
            "kmskey,        kmsKey",
            "secrets,       secret",
            "paramter,      parameter"})
    void referenceFields(String given, String expected) {
        assertEquals(expected, DidYouMean.suggest(given, SpecBinder.REF_FIELDS));
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
