package io.taskdef.compile;

import io.taskdef.diag.Diagnostic;
import io.taskdef.diag.Findings;
import io.taskdef.diag.Requirement;
import io.taskdef.model.Facts;
import io.taskdef.model.ModelBuilder;
import io.taskdef.model.ModelDefaults;
import io.taskdef.model.TaskModel;
import io.taskdef.policy.PolicyDocument;
import io.taskdef.policy.TrustPolicy;
import io.taskdef.rules.PolicySizeRule;
import io.taskdef.rules.Rule;
import io.taskdef.rules.RuleInfo;
import io.taskdef.rules.RuleRegistry;
import io.taskdef.spec.AppSpec;
import io.taskdef.spec.MalformedSpecException;
import io.taskdef.spec.SpecBinder;
import io.taskdef.spec.SpecFormat;
import io.taskdef.spec.SpecLimits;
import io.taskdef.spec.SpecParser;
import java.util.List;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

/**
 * Compiles an app spec: parse, bind, resolve, check every rule, and (without errors) render the task
 * definition, the execution role policy, the trust policy, requirements, warnings, snippets and the
 * fingerprint. Pure and thread-safe: no I/O, no shared mutable state; build one and reuse it.
 */
public final class Compiler {

    private final SpecParser parser;
    private final ModelDefaults defaults;
    private final List<Rule> rules;

    public Compiler(ModelDefaults defaults, SpecLimits limits) {
        this.parser = new SpecParser(limits);
        this.defaults = defaults;
        this.rules = RuleRegistry.all(limits.maxReferences());
    }

    public Compiler() {
        this(ModelDefaults.STANDARD, SpecLimits.DEFAULT);
    }

    public List<RuleInfo> rules() {
        return rules.stream().map(Rule::info).toList();
    }

    public ModelDefaults defaults() {
        return defaults;
    }

    /** Parses and compiles a request body. */
    public Outcome compile(byte[] body, SpecFormat format) throws MalformedSpecException {
        return compile(body, format, Facts.NONE);
    }

    /** Parses and compiles a request body, with what verifying against AWS found out. */
    public Outcome compile(byte[] body, SpecFormat format, Facts facts) throws MalformedSpecException {
        AppSpec plain = parser.readPlainSpec(body, format);
        if (plain != null) {
            return compile(plain, facts, new Findings());
        }
        SpecParser.Parsed parsed = parser.parse(body, format);
        Findings findings = new Findings();
        parsed.diagnostics().forEach(findings::add);
        AppSpec spec = SpecBinder.bind(parsed.root(), findings);
        if (spec == null) {
            return new Outcome(null, findings.errors(), findings.warnings(), findings.requirements(), null);
        }
        return compile(spec, facts, findings);
    }

    /** Compiles a bound spec; {@code findings} may already hold what binding found. */
    public Outcome compile(AppSpec spec, Facts facts, Findings findings) {
        TaskModel model = ModelBuilder.build(spec, defaults, facts, findings);
        for (Rule rule : rules) {
            rule.check(model, findings);
        }
        List<Diagnostic> warnings = findings.warnings();
        List<Requirement> requirements = findings.requirements();
        if (findings.hasErrors()) {
            return new Outcome(null, findings.errors(), warnings, requirements, model);
        }
        return new Outcome(render(model, warnings, requirements), List.of(), warnings, requirements, model);
    }

    private static CompileResult render(TaskModel model, List<Diagnostic> warnings, List<Requirement> requirements) {
        ExecutionRolePolicy policy = null;
        if (model.executionRole() != null) {
            PolicyDocument document = model.executionPolicy();
            policy = new ExecutionRolePolicy(model.executionRole().name(), policyName(model), document, model.executionPolicySize(),
                    PolicySizeRule.LIMIT);
        }
        PolicyDocument trust = TrustPolicy.forEcsTasks(model.partition().id(), model.region(), model.account());
        Snippets snippets = SnippetRenderer.render(model, requirements, policy);

        byte[] json = TaskDefinitionJson.write(model, Fingerprint.PLACEHOLDER);
        if (!TaskDefinitionJson.hasOverrides(model)) {
            // the common case: the JSON is the task definition, and the SDK request is read from it only if asked for
            Fingerprint.Rendered rendered = Fingerprint.of(json);
            return CompileResult.ofJson(policy, trust, requirements, warnings, snippets, rendered.fingerprint(), rendered.json());
        }
        // overrides are SDK field values: set them on the request that JSON stands for, and write that request
        RegisterTaskDefinitionRequest withPlaceholder = TaskDefinitionJson.withOverrides(json, model);
        Fingerprint.Rendered rendered = Fingerprint.of(withPlaceholder);
        RegisterTaskDefinitionRequest request = TaskDefinitionJson.withFingerprint(withPlaceholder, rendered.fingerprint());
        return new CompileResult(request, policy, trust, requirements, warnings, snippets, rendered.fingerprint(), rendered.json());
    }

    /**
     * The inline policy's name: the spec's, or FAMILY-task-execution with the family cut so the name stays
     * within IAM's 128 characters (a family may have 255).
     */
    static String policyName(TaskModel model) {
        if (model.spec().policy() != null && model.spec().policy().name() != null) {
            return model.spec().policy().name();
        }
        String suffix = "-task-execution";
        String family = model.family();
        int room = IAM_POLICY_NAME_MAX - suffix.length();
        return (family.length() > room ? family.substring(0, room) : family) + suffix;
    }

    static final int IAM_POLICY_NAME_MAX = 128;

}
