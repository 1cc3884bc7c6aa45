package io.taskdef.arn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretRefTest {

    static final String BASE = "arn:aws:secretsmanager:us-east-1:123456789012:secret:appauthexample-AbCdEf";
    static final String ID = "9d4cb84b-ad69-40c0-a0ab-cead36b967e8";

    /** The seed's valueFrom forms parse into their parts and write back to exactly the same string. */
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "'',                                          -,         -,           -",
            ":username1::,                                username1, -,           -",
            "::AWSPREVIOUS:,                              -,         AWSPREVIOUS, -",
            ":::9d4cb84b-ad69-40c0-a0ab-cead36b967e8,     -,         -,           9d4cb84b-ad69-40c0-a0ab-cead36b967e8",
            ":username1:AWSPREVIOUS:,                     username1, AWSPREVIOUS, -",
            ":username1::9d4cb84b-ad69-40c0-a0ab-cead36b967e8, username1, -,      9d4cb84b-ad69-40c0-a0ab-cead36b967e8"})
    void seedFormsRoundTrip(String qualifiers, String jsonKey, String stage, String id) {
        String raw = BASE + qualifiers;
        SecretRef ref = ok(SecretRef.parseValueFrom(raw));
        assertEquals(jsonKey, ref.jsonKey());
        assertEquals(stage, ref.versionStage());
        assertEquals(id, ref.versionId());
        assertEquals(raw, ref.valueFrom());
        assertEquals(BASE, ref.secretArn());
        assertEquals(BASE, ref.policyResource(), "GetSecretValue is granted on the bare secret ARN");
        assertTrue(ref.complete());
        assertEquals("appauthexample-AbCdEf", ref.name());
        assertEquals(!qualifiers.isEmpty(), ref.hasQualifier());
    }

    /** The object form writes the same strings as the seed. */
    @ParameterizedTest
    @MethodSource("io.taskdef.rules.Specs#seedObjectForms")
    void objectFormWritesTheSeedStrings(String jsonKey, String stage, String id, String qualifiers) {
        SecretRef ref = ok(SecretRef.of(BASE, jsonKey, stage, id, Partition.AWS, "us-east-1", "123456789012"));
        assertEquals(BASE + qualifiers, ref.valueFrom());
    }

    /** Lost colons are an error whose corrected string is the right valueFrom (and parses). */
    @ParameterizedTest
    @CsvSource({
            ":username1,                                   :username1::",
            "::AWSPREVIOUS,                                ::AWSPREVIOUS:",
            ":username1:AWSPREVIOUS,                       :username1:AWSPREVIOUS:",
            // the seed's own typo: a version id after two colons sits in the stage slot
            "::9d4cb84b-ad69-40c0-a0ab-cead36b967e8,       :::9d4cb84b-ad69-40c0-a0ab-cead36b967e8",
            ":username1:9d4cb84b-ad69-40c0-a0ab-cead36b967e8, :username1::9d4cb84b-ad69-40c0-a0ab-cead36b967e8"})
    void lostColonsAreCorrected(String given, String corrected) {
        ArnResult<SecretRef> r = SecretRef.parseValueFrom(BASE + given);
        assertEquals("VALUE_FROM_COLONS", r.problem().code());
        assertEquals(BASE + corrected, r.problem().corrected());
        assertTrue(r.problem().message().contains("Use '" + BASE + corrected + "'"), r.problem().message());
        assertEquals(BASE + corrected, ok(SecretRef.parseValueFrom(BASE + corrected)).valueFrom());
    }

    @Test
    void versionIdInTheStageSlotIsNamed() {
        String message = SecretRef.parseValueFrom(BASE + "::" + ID).problem().message();
        assertTrue(message.contains("'" + ID + "' looks like a version id"), message);
    }

    @Test
    void stageAndIdTogetherAreRefused() {
        assertEquals("STAGE_AND_ID", SecretRef.parseValueFrom(BASE + "::AWSPREVIOUS:" + ID).problem().code());
        ArnProblem p = SecretRef.of(BASE, null, "AWSCURRENT", ID, Partition.AWS, "us-east-1", "123456789012").problem();
        assertEquals("STAGE_AND_ID", p.code());
        assertTrue(p.message().contains("AWSCURRENT") && p.message().contains(ID), p.message());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "'',       AWSCURRENT, -,         INVALID_JSON_KEY",
            "a:b,      -,          -,         INVALID_JSON_KEY",
            "-,        '',         -,         INVALID_VERSION_STAGE",
            "-,        a:b,        -,         INVALID_VERSION_STAGE",
            "-,        -,          123,       INVALID_VERSION_ID",
            "-,        -,          not_a_version_id_at_all_xxxxxxxxxxxx, INVALID_VERSION_ID"})
    void malformedQualifiers(String jsonKey, String stage, String id, String code) {
        ArnResult<SecretRef> r = SecretRef.of("prod/db", jsonKey, stage, id, Partition.AWS, "us-east-1", "123456789012");
        assertEquals(code, r.problem().code());
    }

    @Test
    void stageLengthBoundary() {
        assertTrue(SecretRef.of("prod/db", null, "s".repeat(256), null, Partition.AWS, "us-east-1", "123456789012").ok());
        assertEquals("INVALID_VERSION_STAGE",
                SecretRef.of("prod/db", null, "s".repeat(257), null, Partition.AWS, "us-east-1", "123456789012").problem().code());
    }

    /** ASCII letters, digits and / _ + = . @ - (the seed forgets '+'); 1 to 512 characters. */
    @ParameterizedTest
    @ValueSource(strings = {"prod/db", "a+b", "a=b", "a.b", "a@b", "a_b", "a-b", "A/Z/0/9", "x"})
    void validNames(String name) {
        SecretRef ref = ok(SecretRef.of(name, null, null, null, Partition.AWS, "us-east-1", "123456789012"));
        assertEquals("arn:aws:secretsmanager:us-east-1:123456789012:secret:" + name, ref.secretArn());
        assertTrue(SecretRef.parseValueFrom("arn:aws:secretsmanager:us-east-1:123456789012:secret:" + name).ok());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a#b", "a*b", "a!b", "café", "a,b", ""})
    void invalidNames(String name) {
        assertEquals("SECRET_NAME", SecretRef.of(name, null, null, null, Partition.AWS, "us-east-1", "123456789012").problem().code());
    }

    @Test
    void nameLengthBoundary() {
        assertTrue(SecretRef.of("n".repeat(512), null, null, null, Partition.AWS, "us-east-1", "123456789012").ok());
        assertEquals("SECRET_NAME", SecretRef.of("n".repeat(513), null, null, null, Partition.AWS, "us-east-1", "123456789012").problem().code());
    }

    /** A name or an ARN without the -XXXXXX suffix is partial: the policy matches exactly six more characters. */
    @ParameterizedTest
    @CsvSource({
            "prod/db,                                                             false, arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-??????",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db,        false, arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-??????",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf, true,  arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf",
            // a bare name is always expanded to a partial ARN, even when it looks suffixed
            "prod/db-AbCdEf,                                                      false, arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf-??????"})
    void completeAndPartial(String secret, boolean complete, String policyResource) {
        SecretRef ref = ok(SecretRef.of(secret, "password", null, null, Partition.AWS, "us-east-1", "123456789012"));
        assertEquals(complete, ref.complete());
        assertEquals(policyResource, ref.policyResource());
        assertFalse(ref.policyResource().contains("password"));
    }

    @ParameterizedTest
    @CsvSource({"prod/db, false", "prod/db-AbCdEf, true", "prod/db-AbCdE, false", "prod/db-AbCdEfG, false", "-AbCdEf, false", "x-Ab_dEf, false"})
    void suffixDetection(String name, boolean suffixed) {
        assertEquals(suffixed, SecretRef.isSuffixed(name));
    }

    /** Names expand in the task's partition; ARNs keep their own; every partition writes the same grammar. */
    @ParameterizedTest
    @CsvSource({
            "AWS,        us-east-1,     arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db",
            "AWS_CN,     cn-north-1,    arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:prod/db",
            "AWS_US_GOV, us-gov-west-1, arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:prod/db"})
    void partitions(Partition partition, String region, String arn) {
        SecretRef named = ok(SecretRef.of("prod/db", "k", null, null, partition, region, "123456789012"));
        assertEquals(arn, named.secretArn());
        assertEquals(arn + ":k::", named.valueFrom());
        assertEquals(arn + "-??????", named.policyResource());

        SecretRef parsed = ok(SecretRef.parseValueFrom(arn + "-AbCdEf::AWSPREVIOUS:"));
        assertEquals(partition.id(), parsed.partition());
        assertEquals(region, parsed.region());
        assertEquals(arn + "-AbCdEf", parsed.policyResource());
    }

    @ParameterizedTest
    @CsvSource({
            "arn:aws:ssm:us-east-1:123456789012:parameter/x,                           INVALID_VALUE_FROM",
            "arn:aws:secretsmanager:us-east-1:123456789012:appauthexample-AbCdEf,      INVALID_VALUE_FROM",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:a:b:c:d:e,           INVALID_VALUE_FROM",
            "arn:aws-xx:secretsmanager:us-east-1:123456789012:secret:a,                INVALID_ARN",
            "arn:aws:secretsmanager:useast1:123456789012:secret:a,                     INVALID_ARN",
            "arn:aws:secretsmanager:us-east-1:12345678901:secret:a,                    INVALID_ARN",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:a b,                 SECRET_NAME",
            "secret:prod/db,                                                           INVALID_VALUE_FROM"})
    void malformedValueFrom(String raw, String code) {
        assertEquals(code, SecretRef.parseValueFrom(raw).problem().code());
    }

    @Test
    void secretArnWithQualifiersIsRefusedInTheObjectForm() {
        ArnProblem p = SecretRef.of(BASE + ":username1::", null, null, null, Partition.AWS, "us-east-1", "123456789012").problem();
        assertEquals("INVALID_ARN", p.code());
        assertTrue(p.message().contains("jsonKey"), p.message());
    }

    @Test
    void nameWithoutAccountCannotExpand() {
        assertEquals("ACCOUNT_REQUIRED", SecretRef.of("prod/db", null, null, null, Partition.AWS, "us-east-1", null).problem().code());
        assertTrue(SecretRef.of(BASE, null, null, null, Partition.AWS, "us-east-1", null).ok(), "an ARN carries its account");
    }

    @Test
    void withCompleteArnKeepsTheQualifiers() {
        SecretRef partial = ok(SecretRef.of("prod/db", "password", "AWSPREVIOUS", null, Partition.AWS, "us-east-1", "123456789012"));
        SecretRef complete = partial.withCompleteArn("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-Xy12Zw");
        assertTrue(complete.complete());
        assertEquals("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-Xy12Zw:password:AWSPREVIOUS:", complete.valueFrom());
        assertEquals("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-Xy12Zw", complete.policyResource());
    }

    @Test
    void usesVersion() {
        assertFalse(ok(SecretRef.parseValueFrom(BASE + ":username1::")).usesVersion());
        assertTrue(ok(SecretRef.parseValueFrom(BASE + "::AWSPREVIOUS:")).usesVersion());
        assertTrue(ok(SecretRef.parseValueFrom(BASE + ":::" + ID)).usesVersion());
        assertNull(ok(SecretRef.parseValueFrom(BASE + ":::" + ID)).versionStage());
    }

    static <T> T ok(ArnResult<T> r) {
        assertTrue(r.ok(), () -> "unexpected problem: " + r.problem());
        return r.value();
    }
}
