package io.taskdef.aws;

import java.util.Comparator;
import java.util.Optional;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClientException;
import software.amazon.awssdk.services.ecs.model.DescribeTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.SortOrder;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionField;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;

/** The ECS side of registering: find a family's latest ACTIVE revision, and register a new one. */
final class TaskDefinitions {

    private final AwsClients aws;

    TaskDefinitions(AwsClients aws) {
        this.aws = aws;
    }

    /**
     * The family's latest ACTIVE revision. DescribeTaskDefinition by family answers it directly on AWS; when
     * it answers an INACTIVE one (some emulators return the highest revision whatever its status), the
     * ACTIVE revisions are listed and the highest is described.
     */
    Optional<CurrentRevision> latestActive(String region, String family) {
        EcsClient ecs = aws.ecs(region);
        Optional<DescribeTaskDefinitionResponse> d = describe(ecs, family);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        if (d.get().taskDefinition().status() == TaskDefinitionStatus.ACTIVE) {
            return d.map(r -> new CurrentRevision(r.taskDefinition(), r.tags()));
        }
        Optional<String> latest = AwsCall.call("ecs:ListTaskDefinitions", () -> ecs.listTaskDefinitions(b -> b
                        .familyPrefix(family).status(TaskDefinitionStatus.ACTIVE).sort(SortOrder.DESC)))
                .taskDefinitionArns().stream()
                .filter(arn -> family.equals(familyOf(arn)))
                .max(Comparator.comparingInt(TaskDefinitions::revisionOf));
        return latest.flatMap(arn -> describe(ecs, arn)).map(r -> new CurrentRevision(r.taskDefinition(), r.tags()));
    }

    /** Registers exactly the request the compile built. */
    TaskDefinition register(String region, RegisterTaskDefinitionRequest request) {
        return AwsCall.call("ecs:RegisterTaskDefinition", () -> aws.ecs(region).registerTaskDefinition(request)).taskDefinition();
    }

    /** The family or revision, or empty when ECS knows none ("Unable to describe task definition"). */
    private static Optional<DescribeTaskDefinitionResponse> describe(EcsClient ecs, String familyOrArn) {
        return AwsCall.optional("ecs:DescribeTaskDefinition", () -> ecs.describeTaskDefinition(b -> b
                .taskDefinition(familyOrArn).include(TaskDefinitionField.TAGS)), ClientException.class);
    }

    static String familyOf(String arn) {
        String name = arn.substring(arn.lastIndexOf('/') + 1);
        int colon = name.lastIndexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    static int revisionOf(String arn) {
        try {
            return Integer.parseInt(arn.substring(arn.lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
