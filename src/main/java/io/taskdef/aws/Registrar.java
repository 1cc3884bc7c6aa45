package io.taskdef.aws;

import io.taskdef.arn.RoleArn;
import io.taskdef.compile.CompileResult;
import io.taskdef.compile.ExecutionRolePolicy;
import io.taskdef.model.TaskModel;
import io.taskdef.wire.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import tools.jackson.databind.JsonNode;

/**
 * Registers a compiled task definition, once: when the family's latest ACTIVE revision carries the same
 * fingerprint tag, that revision is the answer ({@code created: false}); otherwise the exact request the
 * compile built is registered. Optionally puts the compiled inline policy on the execution role first (when
 * the role's policy of that name differs), so tasks of the new revision can read their secrets. Registrations of one family are serialised in-process.
 * A dry run only reads: it reports the diff against the current revision and the actions it would take.
 */
public final class Registrar {

    private final AwsClients aws;
    private final TaskDefinitions taskDefinitions;
    private final RolePolicies rolePolicies;
    private final FamilyLocks locks = new FamilyLocks();

    public Registrar(AwsClients aws) {
        this.aws = aws;
        this.taskDefinitions = new TaskDefinitions(aws);
        this.rolePolicies = new RolePolicies(aws);
    }

    public Registration register(CompileResult result, TaskModel model, boolean applyPolicy, boolean dryRun) {
        if (applyPolicy) {
            checkPolicyTarget(result, model);
        }
        if (dryRun) {
            return plan(result, model, applyPolicy);
        }
        return locks.withLock(model.region(), model.family(), () -> apply(result, model, applyPolicy));
    }

    private Registration apply(CompileResult result, TaskModel model, boolean applyPolicy) {
        List<PlannedAction> actions = new ArrayList<>();
        if (applyPolicy) {
            ExecutionRolePolicy p = result.executionRolePolicy();
            Optional<PlannedAction> put = policyChange(model.executionRole(), p);
            if (put.isPresent()) {
                rolePolicies.put(model.executionRole(), p.policyName(), Json.write(p.document()));
                actions.add(put.get());
            }
        }
        Optional<CurrentRevision> current = taskDefinitions.latestActive(model.region(), model.family());
        if (current.isPresent() && result.fingerprint().equals(current.get().fingerprint())) {
            TaskDefinition td = current.get().taskDefinition();
            return new Registration(td.taskDefinitionArn(), td.revision(), false, applyPolicy, actions, null);
        }
        TaskDefinition td = taskDefinitions.register(model.region(), result.taskDefinition());
        actions.add(new PlannedAction("ecs:RegisterTaskDefinition", td.taskDefinitionArn(), registerReason(current)));
        return new Registration(td.taskDefinitionArn(), td.revision(), true, applyPolicy, actions, null);
    }

    private Registration plan(CompileResult result, TaskModel model, boolean applyPolicy) {
        List<PlannedAction> actions = new ArrayList<>();
        if (applyPolicy) {
            policyChange(model.executionRole(), result.executionRolePolicy()).ifPresent(actions::add);
        }
        Optional<CurrentRevision> current = taskDefinitions.latestActive(model.region(), model.family());
        boolean unchanged = current.isPresent() && result.fingerprint().equals(current.get().fingerprint());
        if (!unchanged) {
            actions.add(new PlannedAction("ecs:RegisterTaskDefinition", "a new revision of family " + model.family() + " in "
                    + model.region(), registerReason(current)));
        }
        List<Change> diff = TaskDefinitionDiff.between(current, result.taskDefinition());
        TaskDefinition td = current.map(CurrentRevision::taskDefinition).orElse(null);
        return new Registration(td == null ? null : td.taskDefinitionArn(), td == null ? null : td.revision(), false, false, actions, diff);
    }

    /** The policy can only be put on a role the service's credentials can reach: one in their own account. */
    private void checkPolicyTarget(CompileResult result, TaskModel model) {
        RoleArn role = model.executionRole();
        if (role == null || result.executionRolePolicy() == null) {
            throw new RegistrationRejectedException("APPLY_POLICY_WITHOUT_ROLE", "/executionRoleArn",
                    "applyPolicy=true puts the compiled policy on the execution role, but the spec has no executionRoleArn");
        }
        String caller = CallerIdentity.account(aws, model.region());
        if (!caller.equals(role.account())) {
            throw new RegistrationRejectedException("APPLY_POLICY_OTHER_ACCOUNT", "/executionRoleArn", "the execution role is in account "
                    + role.account() + " but the service's AWS credentials are in " + caller + "; put the policy with credentials of "
                    + role.account() + ", or register without applyPolicy");
        }
    }

    /** The PutRolePolicy needed to leave the role with exactly the compiled policy; empty when it already has it. */
    private Optional<PlannedAction> policyChange(RoleArn role, ExecutionRolePolicy p) {
        Optional<JsonNode> have = rolePolicies.get(role, p.policyName());
        JsonNode want = Json.mapper().valueToTree(p.document());
        if (have.isPresent() && want.equals(have.get())) {
            return Optional.empty();
        }
        String reason = have.isEmpty() ? "the role has no inline policy named " + p.policyName()
                : "the role's inline policy " + p.policyName() + " differs from the compiled one";
        return Optional.of(new PlannedAction("iam:PutRolePolicy", role.arn() + " inline policy " + p.policyName(), reason));
    }

    private static String registerReason(Optional<CurrentRevision> current) {
        if (current.isEmpty()) {
            return "the family has no ACTIVE revision";
        }
        TaskDefinition td = current.get().taskDefinition();
        return current.get().fingerprint() == null
                ? "revision " + td.revision() + " was not registered by this service (no fingerprint tag)"
                : "the compiled task definition differs from revision " + td.revision();
    }
}
