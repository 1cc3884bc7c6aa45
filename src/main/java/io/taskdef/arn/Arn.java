package io.taskdef.arn;

import java.util.regex.Pattern;

/**
 * The six parts of an ARN: {@code arn:partition:service:region:account:resource}. The resource keeps any
 * further colons.
 */
public record Arn(String partition, String service, String region, String account, String resource) {

    static final Pattern ACCOUNT = Pattern.compile("^\\d{12}$");

    /** Splits an ARN, or returns null when the string does not start with "arn:" and have six parts. */
    public static Arn parse(String s) {
        if (s == null || !s.startsWith("arn:")) {
            return null;
        }
        String[] parts = s.split(":", 6);
        if (parts.length < 6) {
            return null;
        }
        return new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]);
    }

    public static boolean isValidAccount(String account) {
        return account != null && ACCOUNT.matcher(account).matches();
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
