package io.taskdef.compile;

import io.taskdef.diag.Requirement;
import io.taskdef.model.TaskModel;
import io.taskdef.rules.AwslogsAgentConfigRule;
import java.util.List;

/** Writes the ready-to-paste snippets: ecs.config lines, Windows user data, AWS CLI commands. */
final class SnippetRenderer {

    static final String RESULT_FILE = "compile-result.json";
    static final String TASK_DEFINITION_FILE = "task-definition.json";
    static final String POLICY_FILE = "execution-role-policy.json";

    private SnippetRenderer() {
    }

    static Snippets render(TaskModel model, List<Requirement> requirements, ExecutionRolePolicy policy) {
        boolean agentConfig = false;
        for (Requirement r : requirements) {
            agentConfig |= r.code().equals("AGENT_CONFIG");
        }
        String ecsConfig = null;
        String windowsUserData = null;
        if (agentConfig && !model.windows()) {
            ecsConfig = (model.spec().cluster() == null ? "" : "ECS_CLUSTER=" + model.spec().cluster() + "\n")
                    + AwslogsAgentConfigRule.SETTING + "\n";
        }
        if (agentConfig && model.windows()) {
            String cluster = model.spec().cluster() == null ? "default" : model.spec().cluster();
            windowsUserData = "<powershell>\n"
                    + "[Environment]::SetEnvironmentVariable(\"ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE\", $TRUE, \"Machine\")\n"
                    + "Import-Module ECSTools\n"
                    + "Initialize-ECSAgent -Cluster " + cluster + " -EnableTaskIAMRole -LoggingDrivers '[\"json-file\",\"awslogs\"]'\n"
                    + "</powershell>\n";
        }
        // the documents are this result's own fields, saved as files: writing them into the snippet too would double
        // every response (and quoting a large JSON document for a shell is where copy-paste breaks)
        StringBuilder cli = new StringBuilder("jq .taskDefinition " + RESULT_FILE + " > " + TASK_DEFINITION_FILE + " && ");
        if (policy != null && policy.roleName() != null && !policy.document().statement().isEmpty()) {
            cli.append("jq .executionRolePolicy.document ").append(RESULT_FILE).append(" > ").append(POLICY_FILE).append(" && ")
                    .append("aws iam put-role-policy --role-name ").append(policy.roleName())
                    .append(" --policy-name ").append(policy.policyName())
                    .append(" --policy-document file://").append(POLICY_FILE)
                    .append(" && ");
        }
        cli.append("aws ecs register-task-definition --region ").append(model.region())
                .append(" --cli-input-json file://").append(TASK_DEFINITION_FILE);
        return new Snippets(ecsConfig, windowsUserData, cli.toString());
    }
}
