package io.taskdef.model;

import io.taskdef.arn.SecretRef;
import io.taskdef.policy.Grant;
import io.taskdef.policy.PolicyDocument;
import io.taskdef.policy.PolicyMerger;
import io.taskdef.wire.SdkWireReader.FieldValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ecs.model.RepositoryCredentials;

/**
 * Everything the task execution role must be allowed to do for a model: the grants of each reference,
 * and optionally ECR pulls and CloudWatch Logs writes (so the AWS managed AmazonECSTaskExecutionRolePolicy
 * is not needed).
 */
public final class ExecutionGrants {

    private ExecutionGrants() {
    }

    public static PolicyDocument policy(TaskModel model) {
        return PolicyMerger.merge(of(model));
    }

    public static List<Grant> of(TaskModel model) {
        List<Grant> grants = new ArrayList<>();
        for (ResolvedRef r : model.refs()) {
            if (r.resolved()) {
                grants.addAll(r.grants(model.kmsViaService()));
            }
        }
        if (model.ecrPull()) {
            for (ContainerModel c : model.containers()) {
                EcrImage ecr = EcrImage.parse(c.spec().image());
                if (ecr != null) {
                    grants.add(Grant.of("GetEcrAuthorizationToken", "ecr:GetAuthorizationToken", "*"));
                    String repo = "arn:" + model.partition().id() + ":ecr:" + ecr.region() + ":" + ecr.account() + ":repository/" + ecr.repository();
                    grants.add(new Grant("PullEcrImages", List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage",
                            "ecr:GetDownloadUrlForLayer"), repo, null));
                }
            }
        }
        if (model.logsGrant() && model.account() != null) {
            for (ContainerModel c : model.containers()) {
                if ("awslogs".equals(c.logDriver())) {
                    Map<String, String> o = c.logOptions();
                    String group = "arn:" + model.partition().id() + ":logs:" + o.get("awslogs-region") + ":" + model.account()
                            + ":log-group:" + o.get("awslogs-group");
                    grants.add(new Grant("WriteLogs", List.of("logs:CreateLogStream", "logs:PutLogEvents"), group + ":*", null));
                    if ("true".equals(o.get("awslogs-create-group"))) {
                        // only the groups that create themselves get CreateLogGroup
                        grants.add(Grant.of("CreateLogGroups", "logs:CreateLogGroup", group + ":*"));
                    }
                }
            }
        }
        for (ContainerModel c : model.containers()) {
            // private registry credentials given through overrides are a Secrets Manager secret the agent reads too
            for (FieldValue o : c.overrides()) {
                if (o.value() instanceof RepositoryCredentials rc && rc.credentialsParameter() != null) {
                    SecretRef secret = SecretRef.parseValueFrom(rc.credentialsParameter()).value();
                    if (secret != null) {
                        grants.add(Grant.of("ReadSecrets", "secretsmanager:GetSecretValue", secret.policyResource()));
                    }
                }
            }
        }
        return grants;
    }
}
