package io.taskdef.rules;

import java.util.List;

/** Every rule, in one explicit list, alphabetical by class name. Adding a rule means adding it here. */
public final class RuleRegistry {

    private RuleRegistry() {
    }

    public static List<Rule> all(int maxReferences) {
        return List.of(
                new AccountRule(),
                new AgentVersionRule(),
                new AwslogsAgentConfigRule(),
                new ContainerCountRule(),
                new ContainerImageRule(),
                new ContainerMemoryRule(),
                new ContainerNameRule(),
                new EnumValuesRule(),
                new EnvironmentRule(),
                new ExecutionRoleRule(),
                new FamilyNameRule(),
                new FargateCpuMemoryRule(),
                new FargatePlatformVersionRule(),
                new FargateWindowsRule(),
                new KmsKeyRule(),
                new LogDriverRule(),
                new LogOptionLintRule(),
                new NetworkModeRule(),
                new ParameterNameRule(),
                new PolicyNameRule(),
                new PolicySizeRule(),
                new PortMappingRule(),
                new ReferenceCountRule(maxReferences),
                new ReferenceLocationRule(),
                new ReferenceShapeRule(),
                new RegionRule(),
                new RotationRule(),
                new SecretNameRule(),
                new SecretQualifierRule(),
                new TagsRule(),
                new ValueFromGrammarRule(),
                new VpcEndpointRule());
    }
}
