package io.taskdef.arn;

/**
 * The six parts of an ARN: {@code arn:partition:service:region:account:resource}. The resource keeps any
 * further colons.
 */
public record Arn(String partition, String service, String region, String account, String resource) {

    /** Splits an ARN, or returns null when the string does not start with "arn:" and have six parts. */
    public static Arn parse(String s) {
        if (s == null || !s.startsWith("arn:")) {
            return null;
        }
        int p1 = s.indexOf(':', 4);
        int p2 = p1 < 0 ? -1 : s.indexOf(':', p1 + 1);
        int p3 = p2 < 0 ? -1 : s.indexOf(':', p2 + 1);
        int p4 = p3 < 0 ? -1 : s.indexOf(':', p3 + 1);
        if (p4 < 0) {
            return null;
        }
        return new Arn(s.substring(4, p1), s.substring(p1 + 1, p2), s.substring(p2 + 1, p3), s.substring(p3 + 1, p4), s.substring(p4 + 1));
    }

    public static boolean isValidAccount(String account) {
        return account != null && Chars.digits(account, 12);
    }

    /** Problems common to every ARN: unknown partition, malformed region or account; null when fine. */
    ArnProblem checkParts(boolean regional, boolean needsAccount) {
        if (Partition.ofId(partition) == null) {
            return ArnProblem.of("INVALID_ARN", "unknown partition '" + partition + "' (known: " + Partition.known() + ")");
        }
        if (regional && !Partition.isValidRegion(region)) {
            return ArnProblem.of("INVALID_ARN", "'" + region + "' is not a region name (like us-east-1)");
        }
        if (!regional && !region.isEmpty()) {
            return ArnProblem.of("INVALID_ARN", service + " ARNs have no region; found '" + region + "'");
        }
        if (needsAccount && !isValidAccount(account)) {
            return ArnProblem.of("INVALID_ARN", "'" + account + "' is not a 12-digit AWS account id");
        }
        return null;
    }

    @Override
    public String toString() {
        return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
    }
}
