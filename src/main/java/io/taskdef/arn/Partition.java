package io.taskdef.arn;

/** AWS partitions and what differs between them: the ARN partition name and the service DNS suffix. */
public enum Partition {
    AWS("aws", "amazonaws.com", "com.amazonaws."),
    AWS_CN("aws-cn", "amazonaws.com.cn", "cn.com.amazonaws."),
    AWS_US_GOV("aws-us-gov", "amazonaws.com", "com.amazonaws."),
    AWS_ISO("aws-iso", "c2s.ic.gov", "gov.ic.c2s."),
    AWS_ISO_B("aws-iso-b", "sc2s.sgov.gov", "gov.sgov.sc2s."),
    AWS_ISO_E("aws-iso-e", "cloud.adc-e.uk", "uk.adc-e.cloud."),
    AWS_ISO_F("aws-iso-f", "csp.hci.ic.gov", "gov.ic.hci.csp.");

    private final String id;
    private final String dnsSuffix;
    private final String endpointServicePrefix;

    Partition(String id, String dnsSuffix, String endpointServicePrefix) {
        this.id = id;
        this.dnsSuffix = dnsSuffix;
        this.endpointServicePrefix = endpointServicePrefix;
    }

    /** The partition name as it appears in ARNs: aws, aws-cn, aws-us-gov, ... */
    public String id() {
        return id;
    }

    public String dnsSuffix() {
        return dnsSuffix;
    }

    /** The interface VPC endpoint service name for a service in a region, e.g. com.amazonaws.us-east-1.secretsmanager. */
    public String endpointService(String region, String service) {
        return endpointServicePrefix + region + "." + service;
    }

    public static Partition ofId(String id) {
        for (Partition p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        return null;
    }

    public static Partition ofRegion(String region) {
        if (region.startsWith("cn-")) {
            return AWS_CN;
        }
        if (region.startsWith("us-gov-")) {
            return AWS_US_GOV;
        }
        if (region.startsWith("us-isob-")) {
            return AWS_ISO_B;
        }
        if (region.startsWith("us-isof-")) {
            return AWS_ISO_F;
        }
        if (region.startsWith("eu-isoe-")) {
            return AWS_ISO_E;
        }
        if (region.startsWith("us-iso-")) {
            return AWS_ISO;
        }
        return AWS;
    }

    public static boolean isValidRegion(String region) {
        // [a-z]{2}(-[a-z]+)+-\d{1,2}: us-east-1, cn-north-1, us-gov-west-1, eu-isoe-west-1
        if (region == null || region.length() < 6) {
            return false;
        }
        int first = region.indexOf('-');
        int last = region.lastIndexOf('-');
        if (first != 2 || last == first || !Chars.isLower(region, 0, 2)) {
            return false;
        }
        String number = region.substring(last + 1);
        if (!(Chars.digits(number, 1) || Chars.digits(number, 2))) {
            return false;
        }
        int from = first + 1;
        while (from < last) {
            int dash = region.indexOf('-', from);
            if (!Chars.isLower(region, from, dash)) {
                return false;
            }
            from = dash + 1;
        }
        return true;
    }

    /** Known partition names, for messages. */
    public static String known() {
        StringBuilder sb = new StringBuilder();
        for (Partition p : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(p.id);
        }
        return sb.toString();
    }
}
