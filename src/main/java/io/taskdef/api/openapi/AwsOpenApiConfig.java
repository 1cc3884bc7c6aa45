package io.taskdef.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI parts of the AWS endpoints: the bearer-token security scheme verify and register require, and
 * JSON values of a diff documented as "any JSON value" (not as Jackson's JsonNode class).
 */
@Configuration(proxyBeanMethods = false)
public class AwsOpenApiConfig {

    public static final String BEARER_SCHEME = "bearerAuth";

    static {
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new Schema<>().description("any JSON value"));
    }

    @Bean
    OpenApiCustomizer bearerAuthScheme() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSecuritySchemes(BEARER_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .description("A token from TASKDEF_API_TOKENS or TASKDEF_API_TOKENS_FILE"));
            openApi.setComponents(components);
        };
    }
}
