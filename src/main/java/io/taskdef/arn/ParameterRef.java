package io.taskdef.arn;

import java.util.Objects;

/**
 * An SSM Parameter Store parameter. {@code name} is kept as SSM knows it: with its leading slash for a
 * hierarchical name ({@code /prod/db/password}), without for a flat one ({@code db-password}); the ARN has
 * exactly one slash after {@code parameter} either way. A value class with a record's accessors, equality and
 * text; its ARN is built once.
 */
public final class ParameterRef {

    private final String partition;
    private final String region;
    private final String account;
    private final String name;
    private final String arn; // built once: a compile reads it several times

    public ParameterRef(String partition, String region, String account, String name) {
        this.partition = partition;
        this.region = region;
        this.account = account;
        this.name = name;
        this.arn = "arn:" + partition + ":ssm:" + region + ":" + account + ":parameter" + (name.startsWith("/") ? "" : "/") + name;
    }

    public String partition() {
        return partition;
    }

    public String region() {
        return region;
    }

    public String account() {
        return account;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    /** Equal when every component is, as a record's. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ParameterRef r && Objects.equals(partition, r.partition) && Objects.equals(region, r.region)
                && Objects.equals(account, r.account) && Objects.equals(name, r.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partition, region, account, name);
    }

    @Override
    public String toString() {
        return "ParameterRef[partition=" + partition + ", region=" + region + ", account=" + account + ", name=" + name + "]";
    }

    public static ArnResult<ParameterRef> parse(String parameter, Partition partition, String region, String account) {
        if (parameter.startsWith("arn:")) {
            Arn arn = Arn.parse(parameter);
            if (arn == null || !arn.service().equals("ssm") || !arn.resource().startsWith("parameter/")) {
                return ArnResult.fail("INVALID_ARN", "'" + parameter + "' is not an SSM parameter ARN (arn:aws:ssm:REGION:ACCOUNT:parameter/NAME)");
            }
            ArnProblem partsProblem = arn.checkParts(true, true);
            if (partsProblem != null) {
                return ArnResult.fail(partsProblem);
            }
            String rest = arn.resource().substring("parameter".length());
            // a hierarchical parameter's ARN is parameter/a/b, and its name /a/b; a flat one's is parameter/x, name x
            String name = rest.indexOf('/', 1) > 0 ? rest : rest.substring(1);
            ArnProblem nameProblem = checkName(name);
            return nameProblem != null ? ArnResult.fail(nameProblem)
                    : ArnResult.ok(new ParameterRef(arn.partition(), arn.region(), arn.account(), name));
        }
        ArnProblem nameProblem = checkName(parameter);
        if (nameProblem != null) {
            return ArnResult.fail(nameProblem);
        }
        if (account == null) {
            return ArnResult.fail("ACCOUNT_REQUIRED", "the parameter name '" + parameter + "' needs the account for its ARN in the policy: "
                    + "set 'account' or 'executionRoleArn', or give the parameter's ARN");
        }
        return ArnResult.ok(new ParameterRef(partition.id(), region, account, parameter));
    }

    static ArnProblem checkName(String name) {
        if (!Chars.alnumOr(name, 1, 1011, "_./-") || name.contains("//") || (name.length() > 1 && name.endsWith("/"))) {
            return ArnProblem.of("PARAMETER_NAME", "'" + name + "' is not a valid parameter name: letters, digits and . - _ /, "
                    + "hierarchies as /a/b/c");
        }
        int first = name.startsWith("/") ? 1 : 0;
        if (name.regionMatches(true, first, "aws", 0, 3) || name.regionMatches(true, first, "ssm", 0, 3)) {
            return ArnProblem.of("PARAMETER_NAME", "parameter names cannot begin with 'aws' or 'ssm' ('" + name + "')");
        }
        int levels = 0;
        for (int i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
            levels++;
        }
        if (levels > 15) {
            return ArnProblem.of("PARAMETER_NAME", "'" + name + "' has more than 15 hierarchy levels");
        }
        return null;
    }
}
