package io.taskdef.rules;

import io.taskdef.diag.Findings;
import io.taskdef.diag.Requirement;
import io.taskdef.model.ContainerModel;
import io.taskdef.model.EcrImage;
import io.taskdef.model.ResolvedRef;
import io.taskdef.model.TaskModel;
import java.util.List;

/**
 * Tasks that reach AWS only through VPC endpoints need one per service they use: secretsmanager for
 * secrets, ssm for parameters, logs for awslogs, ecr.api + ecr.dkr and the s3 gateway for ECR images.
 * No kms endpoint is needed: Secrets Manager and SSM call KMS themselves.
 */
public final class VpcEndpointRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("vpc-endpoints", List.of("VPC_ENDPOINT"), "requirement",
            "with usesVpcEndpoints: com.amazonaws.REGION.secretsmanager for secrets, .ssm for parameters, .logs for awslogs, "
                    + ".ecr.api, .ecr.dkr and the .s3 gateway for ECR images",
            "seed; secretsmanager vpc-endpoint-overview; platform-version-migration");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TaskModel model, Findings findings) {
        if (!model.usesVpcEndpoints()) {
            return;
        }
        for (ResolvedRef r : Refs.resolved(model)) {
            String service = r.secret() != null ? "secretsmanager" : "ssm";
            findings.require(Requirement.endpoint(model.partition().endpointService(model.region(), service),
                    r.pointer() + " reads " + (r.secret() != null ? "a Secrets Manager secret" : "an SSM parameter")));
        }
        for (ContainerModel c : model.containers()) {
            if ("awslogs".equals(c.logDriver())) {
                findings.require(Requirement.endpoint(model.partition().endpointService(model.region(), "logs"),
                        c.pointer() + "/logging uses awslogs"));
            }
        }
        for (ContainerModel c : model.containers()) {
            String image = c.spec().image();
            if (EcrImage.isEcr(image)) {
                String because = c.pointer() + "/image is in ECR";
                findings.require(Requirement.endpoint(model.partition().endpointService(model.region(), "ecr.api"), because));
                findings.require(Requirement.endpoint(model.partition().endpointService(model.region(), "ecr.dkr"), because));
                findings.require(Requirement.endpoint(model.partition().endpointService(model.region(), "s3"),
                        because + " (image layers come from S3: a gateway endpoint)"));
            }
        }
    }
}
