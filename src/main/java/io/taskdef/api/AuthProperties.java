package io.taskdef.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call what, under {@code taskdef.auth.*} (env: TASKDEF_AUTH_*). Verify and register always need a
 * bearer token; the tokens themselves come from TASKDEF_API_TOKENS / TASKDEF_API_TOKENS_FILE.
 *
 * @param protectCompile also require a token for compile and validate
 */
@ConfigurationProperties("taskdef.auth")
public record AuthProperties(@DefaultValue("false") boolean protectCompile) {
}
