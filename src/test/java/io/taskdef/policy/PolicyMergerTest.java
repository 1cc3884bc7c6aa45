package io.taskdef.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.taskdef.wire.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyMergerTest {

    static final String A = "arn:aws:secretsmanager:us-east-1:123456789012:secret:a-AbCdEf";
    static final String B = "arn:aws:secretsmanager:us-east-1:123456789012:secret:b-??????";
    static final String P = "arn:aws:ssm:us-east-1:123456789012:parameter/p";
    static final String K = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    static final Map<String, Map<String, String>> VIA = Map.of("StringEquals", Map.of("kms:ViaService", "secretsmanager.us-east-1.amazonaws.com"));

    static List<Grant> grants() {
        return List.of(
                Grant.of("ReadSecrets", "secretsmanager:GetSecretValue", B),
                Grant.of("WriteLogs", "logs:PutLogEvents", "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web:*"),
                Grant.of("ReadSecrets", "secretsmanager:GetSecretValue", A),
                new Grant("DecryptViaSecretsmanagerUsEast1", List.of("kms:Decrypt"), K, VIA),
                Grant.of("ReadParameters", "ssm:GetParameters", P),
                Grant.of("GetEcrAuthorizationToken", "ecr:GetAuthorizationToken", "*"),
                Grant.of("ReadSecrets", "secretsmanager:GetSecretValue", A),
                new Grant("WriteLogs", List.of("logs:CreateLogStream"), "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web:*", null));
    }

    /** One statement per Sid in a fixed order; actions and resources sorted and without duplicates. */
    @Test
    void mergesDeduplicatesAndSorts() {
        assertEquals(new PolicyDocument("2012-10-17", List.of(
                        new Statement("ReadSecrets", "Allow", null, List.of("secretsmanager:GetSecretValue"), List.of(A, B), null),
                        new Statement("ReadParameters", "Allow", null, List.of("ssm:GetParameters"), List.of(P), null),
                        new Statement("DecryptViaSecretsmanagerUsEast1", "Allow", null, List.of("kms:Decrypt"), List.of(K), VIA),
                        new Statement("GetEcrAuthorizationToken", "Allow", null, List.of("ecr:GetAuthorizationToken"), List.of("*"), null),
                        new Statement("WriteLogs", "Allow", null, List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                                List.of("arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web:*"), null))),
                PolicyMerger.merge(grants()));
    }

    /** The same grants in any order give byte-identical JSON. */
    @Test
    void orderOfGrantsDoesNotMatter() {
        String expected = Json.write(PolicyMerger.merge(grants()));
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<Grant> shuffled = new ArrayList<>(grants());
            Collections.shuffle(shuffled, random);
            assertEquals(expected, Json.write(PolicyMerger.merge(shuffled)));
        }
    }

    @Test
    void writtenWithIamElementNames() {
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DecryptViaSecretsmanagerUsEast1\",\"Effect\":\"Allow\","
                        + "\"Action\":[\"kms:Decrypt\"],\"Resource\":[\"" + K + "\"],"
                        + "\"Condition\":{\"StringEquals\":{\"kms:ViaService\":\"secretsmanager.us-east-1.amazonaws.com\"}}}]}",
                Json.write(PolicyMerger.merge(List.of(new Grant("DecryptViaSecretsmanagerUsEast1", List.of("kms:Decrypt"), K, VIA)))));
    }

    @Test
    void decryptStatementsSortAmongThemselves() {
        Map<String, Map<String, String>> ssm = Map.of("StringEquals", Map.of("kms:ViaService", "ssm.us-east-1.amazonaws.com"));
        List<String> sids = PolicyMerger.merge(List.of(
                        new Grant("DecryptViaSsmUsEast1", List.of("kms:Decrypt"), K, ssm),
                        Grant.of("AnotherThing", "x:Y", "*"),
                        new Grant("DecryptViaSecretsmanagerUsEast1", List.of("kms:Decrypt"), K, VIA)))
                .statement().stream().map(Statement::sid).toList();
        assertEquals(List.of("DecryptViaSecretsmanagerUsEast1", "DecryptViaSsmUsEast1", "AnotherThing"), sids);
    }

    @Test
    void grantsOfOneSidMustAgreeOnTheCondition() {
        assertThrows(IllegalStateException.class, () -> PolicyMerger.merge(List.of(
                new Grant("DecryptSecrets", List.of("kms:Decrypt"), K, VIA), Grant.of("DecryptSecrets", "kms:Decrypt", K))));
    }

    @Test
    void insertSortedKeepsAnAscendingSetLikeATreeSet() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<String> list = new ArrayList<>();
            java.util.TreeSet<String> expected = new java.util.TreeSet<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                String s = "r" + random.nextInt(25);
                PolicyMerger.insertSorted(list, s);
                expected.add(s);
            }
            assertEquals(List.copyOf(expected), list);
        }
    }

    @Test
    void noGrantsNoStatements() {
        assertEquals(new PolicyDocument("2012-10-17", List.of()), PolicyMerger.merge(List.of()));
    }

    @ParameterizedTest
    @CsvSource({"'secretsmanager us-east-1', SecretsmanagerUsEast1", "'ssm cn-north-1', SsmCnNorth1", "'a--b__c', ABC", "'ünï x', NX", "'', ''"})
    void sidParts(String text, String sid) {
        assertEquals(sid, PolicyMerger.sidPart(text));
    }

    @Test
    void trustPolicyForEcsTasks() {
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"AllowEcsTasksToAssumeRole\",\"Effect\":\"Allow\","
                        + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":[\"sts:AssumeRole\"],"
                        + "\"Condition\":{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws-cn:ecs:cn-north-1:123456789012:*\"},"
                        + "\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}}}]}",
                Json.write(TrustPolicy.forEcsTasks("aws-cn", "cn-north-1", "123456789012")));
        assertEquals(null, TrustPolicy.forEcsTasks("aws", "us-east-1", null).statement().get(0).condition());
    }
}
