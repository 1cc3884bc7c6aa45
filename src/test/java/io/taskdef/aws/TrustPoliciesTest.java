package io.taskdef.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TrustPoliciesTest {

    static boolean allows(String json) {
        return TrustPolicies.allowsEcsTasks(TrustPolicies.parse(json));
    }

    @Test
    void readsTheUrlEncodedDocumentIamReturns() {
        String doc = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},"
                + "\"Action\":\"sts:AssumeRole\"}]}";
        assertThat(allows(URLEncoder.encode(doc, StandardCharsets.UTF_8))).isTrue();
        assertThat(allows(doc)).isTrue();
    }

    @Test
    void acceptsListsAndASingleStatementObject() {
        assertThat(allows("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"ec2.amazonaws.com\",\"ecs-tasks.amazonaws.com\"]},"
                + "\"Action\":[\"sts:TagSession\",\"sts:AssumeRole\"]}}")).isTrue();
    }

    @Test
    void refusesOtherPrincipalsDenyAndOtherActions() {
        assertThat(allows("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"))
                .isFalse();
        assertThat(allows("{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"))
                .isFalse();
        assertThat(allows("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\"}]}")).isFalse();
        assertThat(allows("not json")).isFalse();
        assertThat(allows(null)).isFalse();
    }
}
