package io.taskdef.model;

import io.taskdef.arn.Chars;

/**
 * An image in a private ECR repository: {@code ACCOUNT.dkr.ecr[-fips].REGION.amazonaws.com[.cn]/REPOSITORY[:TAG|@DIGEST]},
 * or through ECR's dual-stack (IPv4 and IPv6) registry endpoints, {@code ACCOUNT.dkr-ecr[-fips].REGION.on.aws/REPOSITORY...}.
 * Read with a loop, not a regular expression: every compile asks it of every container.
 */
public record EcrImage(String account, String region, String repository) {

    private static final String DKR_ECR = ".dkr.ecr";
    private static final String DKR_ECR_DUAL_STACK = ".dkr-ecr";
    private static final String ON_AWS = ".on.aws";
    private static final String FIPS = "-fips";
    private static final String AMAZONAWS_COM = ".amazonaws.com";
    private static final String CN = ".cn";

    /** The image's registry and repository, or null for an image not in a private ECR registry. */
    public static EcrImage parse(String image) {
        if (image == null || image.length() < 12 || !Chars.digitsAt(image, 0, 12)) {
            return null;
        }
        int i = 12;
        boolean dualStack = image.startsWith(DKR_ECR_DUAL_STACK, i);
        if (!dualStack && !image.startsWith(DKR_ECR, i)) {
            return null;
        }
        i += DKR_ECR.length(); // the same length as DKR_ECR_DUAL_STACK
        if (image.startsWith(FIPS, i)) {
            i += FIPS.length();
        }
        if (!image.startsWith(".", i)) {
            return null;
        }
        int regionStart = ++i;
        while (i < image.length() && regionChar(image.charAt(i))) {
            i++;
        }
        int regionEnd = i;
        String domain = dualStack ? ON_AWS : AMAZONAWS_COM;
        if (regionEnd == regionStart || !image.startsWith(domain, i)) {
            return null;
        }
        i += domain.length();
        if (!dualStack && image.startsWith(CN, i)) {
            i += CN.length();
        }
        if (!image.startsWith("/", i)) {
            return null;
        }
        int repoStart = ++i;
        while (i < image.length() && image.charAt(i) != ':' && image.charAt(i) != '@') {
            i++;
        }
        if (i == repoStart) {
            return null;
        }
        for (int j = i; j < image.length(); j++) {
            if (lineTerminator(image.charAt(j))) {
                return null;
            }
        }
        return new EcrImage(image.substring(0, 12), image.substring(regionStart, regionEnd), image.substring(repoStart, i));
    }

    public static boolean isEcr(String image) {
        return parse(image) != null;
    }

    private static boolean regionChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
    }

    /** What a regular expression's '.' does not match. */
    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
