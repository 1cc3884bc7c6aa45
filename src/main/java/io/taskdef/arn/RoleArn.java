package io.taskdef.arn;

/** An IAM role ARN: {@code arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME}. */
public record RoleArn(String partition, String account, String path, String name) {

    public String arn() {
        return "arn:" + partition + ":iam::" + account + ":role" + path + name;
    }

    public static ArnResult<RoleArn> parse(String s) {
        Arn arn = Arn.parse(s);
        if (arn == null || !arn.service().equals("iam") || !arn.resource().startsWith("role/")) {
            return ArnResult.fail("INVALID_ROLE_ARN", "'" + s + "' is not an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)");
        }
        ArnProblem partsProblem = arn.checkParts(false, true);
        if (partsProblem != null) {
            return ArnResult.fail("INVALID_ROLE_ARN", partsProblem.message());
        }
        String pathAndName = arn.resource().substring("role".length());
        int last = pathAndName.lastIndexOf('/');
        String path = pathAndName.substring(0, last + 1);
        String name = pathAndName.substring(last + 1);
        if (!Chars.alnumOr(name, 1, 64, "_+=,.@-")) {
            return ArnResult.fail("INVALID_ROLE_ARN", "'" + name + "' is not a valid role name (1-64 of letters, digits and +=,.@_-)");
        }
        return ArnResult.ok(new RoleArn(arn.partition(), arn.account(), path, name));
    }
}
