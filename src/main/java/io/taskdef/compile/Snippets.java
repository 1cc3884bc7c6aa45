package io.taskdef.compile;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Ready-to-paste text for the parts a task definition cannot carry itself.
 *
 * @param ecsConfig       lines for /etc/ecs/ecs.config on Linux container instances (EC2/EXTERNAL), when needed
 * @param windowsUserData EC2 user data for Windows container instances, when needed
 * @param awsCli          the AWS CLI commands that apply the policy and register the task definition, with this
 *                        result saved as compile-result.json (jq writes its taskDefinition and policy document to files)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Snippets(String ecsConfig, String windowsUserData, String awsCli) {
}
