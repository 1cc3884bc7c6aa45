package io.taskdef.api;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Bearer-token protection of the endpoints that read or change AWS (verify, register) and, when
 * {@code taskdef.auth.protect-compile=true}, of compile and validate.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
class AuthConfig implements WebMvcConfigurer {

    static final List<String> AWS_PATHS = List.of("/v1/taskdefs/verify", "/v1/taskdefs/register");
    static final List<String> COMPILE_PATHS = List.of("/v1/taskdefs/compile", "/v1/taskdefs/validate");

    private static final Logger log = LoggerFactory.getLogger(AuthConfig.class);

    private final AuthProperties props;
    private final ApiTokens tokens;

    /** Tokens are read at startup (a TASKDEF_API_TOKENS_FILE that cannot be read stops the start); the file is re-read while running. */
    AuthConfig(Environment env, AuthProperties props) {
        this.props = props;
        this.tokens = ApiTokens.of(env.getProperty(ApiTokens.ENV_TOKENS), env.getProperty(ApiTokens.ENV_TOKENS_FILE));
        if (tokens.configured()) {
            log.info("{} API token(s) configured for {}", tokens.count(), protectedPaths());
        } else {
            log.warn("no API tokens configured ({} or {}): {} refuse every request", ApiTokens.ENV_TOKENS, ApiTokens.ENV_TOKENS_FILE,
                    protectedPaths());
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new BearerAuthInterceptor(tokens)).addPathPatterns(protectedPaths());
    }

    private List<String> protectedPaths() {
        List<String> paths = new ArrayList<>(AWS_PATHS);
        if (props.protectCompile()) {
            paths.addAll(COMPILE_PATHS);
        }
        return paths;
    }
}
