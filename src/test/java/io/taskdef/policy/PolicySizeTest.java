package io.taskdef.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskdef.rules.PolicySizeRule;
import io.taskdef.wire.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Counting from the structure gives what counting the written JSON gives. */
class PolicySizeTest {

    static Stream<PolicyDocument> documents() {
        Map<String, Map<String, String>> condition = new LinkedHashMap<>();
        condition.put("StringEquals", Map.of("kms:ViaService", "secretsmanager.us-east-1.amazonaws.com"));
        condition.put("ArnLike", Map.of("aws:SourceArn", "arn:aws:ecs:us-east-1:123456789012:*"));
        return Stream.of(
                new PolicyDocument(PolicyDocument.VERSION, List.of()),
                TrustPolicy.forEcsTasks("aws", "us-east-1", "123456789012"),
                TrustPolicy.forEcsTasks("aws-cn", "cn-north-1", null),
                PolicyMerger.merge(List.of(
                        Grant.of("ReadSecrets", "secretsmanager:GetSecretValue", "arn:aws:secretsmanager:us-east-1:123456789012:secret:a-??????"),
                        Grant.of("ReadSecrets", "secretsmanager:GetSecretValue", "arn:aws:secretsmanager:us-east-1:123456789012:secret:b+c=d@e"),
                        Grant.of("ReadParameters", "ssm:GetParameters", "arn:aws:ssm:us-east-1:123456789012:parameter/p"),
                        new Grant("DecryptViaSecretsmanagerUsEast1", List.of("kms:Decrypt"), "arn:aws:kms:us-east-1:123456789012:key/k", condition))),
                new PolicyDocument(PolicyDocument.VERSION, List.of(new Statement(null, "Allow", null, List.of("a:\"quoted\" \\ x\ty"),
                        List.of("*"), null))));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void structuralCountEqualsCountingTheJson(PolicyDocument document) {
        assertEquals(PolicySizeRule.size(Json.write(document)), PolicySize.of(document), Json.write(document));
    }
}
