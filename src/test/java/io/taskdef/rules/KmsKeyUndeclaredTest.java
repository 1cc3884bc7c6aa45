package io.taskdef.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdef.compile.Compiler;
import io.taskdef.compile.Outcome;
import io.taskdef.model.Facts;
import io.taskdef.spec.SpecFormat;
import io.taskdef.wire.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What verifying found, given to the compile as Facts: complete ARNs and undeclared customer-managed keys. */
class KmsKeyUndeclaredTest {

    static final byte[] SPEC = """
            family: web
            region: us-east-1
            cpu: 256
            memory: 512
            executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole
            containers:
              - name: app
                image: nginx:1.27
                secrets:
                  DB_PASSWORD: { secret: prod/db, jsonKey: password }
            """.getBytes(StandardCharsets.UTF_8);
    static final String POINTER = "/containers/0/secrets/DB_PASSWORD";
    static final String COMPLETE = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";
    static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @Test
    void aDiscoveredCustomerKeyIsGrantedAndWarned() {
        Outcome o = new Compiler().compile(SPEC, SpecFormat.YAML, new Facts(Map.of(POINTER, COMPLETE), Map.of(POINTER, KEY)));

        assertThat(o.ok()).as(o.errors().toString()).isTrue();
        assertThat(o.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("KMS_KEY_UNDECLARED");
            assertThat(w.pointer()).isEqualTo(POINTER);
            assertThat(w.message()).contains(KEY);
        });
        String policy = Json.write(o.result().executionRolePolicy().document());
        assertThat(policy).contains("\"kms:Decrypt\"", KEY, "\"" + COMPLETE + "\"").doesNotContain("-??????");
        assertThat(Json.write(o.result().taskDefinition())).contains(COMPLETE + ":password::");
    }

    @Test
    void withoutFactsThereIsNoGrantAndNoWarning() {
        Outcome o = new Compiler().compile(SPEC, SpecFormat.YAML);

        assertThat(o.warnings()).noneSatisfy(w -> assertThat(w.code()).isEqualTo("KMS_KEY_UNDECLARED"));
        assertThat(Json.write(o.result().executionRolePolicy().document())).doesNotContain("kms:Decrypt").contains("prod/db-??????");
    }
}
