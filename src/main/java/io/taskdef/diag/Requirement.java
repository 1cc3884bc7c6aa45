package io.taskdef.diag;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something the spec needs from where it runs that the task definition itself cannot say: a minimum
 * Fargate platform version or container agent version, an agent setting, an interface VPC endpoint.
 * Exactly one of {@code minimum}, {@code setting}, {@code endpoint} is set.
 *
 * @param code     stable code, e.g. FARGATE_PLATFORM_VERSION
 * @param minimum  the lowest version that works, for version requirements
 * @param setting  the agent configuration line, for AGENT_CONFIG
 * @param endpoint the interface VPC endpoint service name, for VPC_ENDPOINT
 * @param because  the first spec field that causes it, in words with its pointer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Requirement(String code, String minimum, String setting, String endpoint, String because) {

    public static Requirement minimum(String code, String minimum, String because) {
        return new Requirement(code, minimum, null, null, because);
    }

    public static Requirement setting(String code, String setting, String because) {
        return new Requirement(code, null, setting, null, because);
    }

    public static Requirement endpoint(String endpoint, String because) {
        return new Requirement("VPC_ENDPOINT", null, null, endpoint, because);
    }
}
