package io.taskdef.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.servers.Server;
import io.taskdef.api.openapi.ExampleSpecs.SpecExample;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

/**
 * The OpenAPI document: the spec schemas, the ECS model schemas generated from SDK metadata, and the worked
 * examples on every operation that takes a spec. Components are sorted so the document is stable.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String TASK_DEFINITION = "EcsRegisterTaskDefinitionRequest";

    static {
        SpringDocUtils.getConfig().replaceWithSchema(RegisterTaskDefinitionRequest.class, SpecSchema.ref(TASK_DEFINITION));
    }

    @Bean
    OpenAPI taskdefOpenApi() {
        return new OpenAPI().info(new Info()
                .title("taskdef-compiler")
                .version("v1")
                .description("Compiles a short app spec (JSON or YAML) into a complete Amazon ECS task definition, the least-privilege "
                        + "inline policy of its task execution role, the requirements it places on the cluster, warnings and "
                        + "ready-to-paste snippets; or reports every mistake at once, each with a JSON pointer into the spec.")
                .license(new License().name("Apache-2.0")))
                .servers(List.of(new Server().url("/").description("this service")));
    }

    @Bean
    OpenApiCustomizer taskdefSchemasAndExamples() {
        List<SpecExample> examples = ExampleSpecs.load();
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            Map<String, Schema> schemas = new TreeMap<>(components.getSchemas() == null ? Map.of() : components.getSchemas());
            schemas.putAll(SpecSchema.components());
            schemas.putAll(SdkModelSchemas.of((SdkPojo) RegisterTaskDefinitionRequest.builder(), TASK_DEFINITION));
            components.setSchemas(new java.util.LinkedHashMap<>(schemas));
            openApi.setComponents(components);
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                for (Operation op : item.readOperations()) {
                    RequestBody body = op.getRequestBody();
                    if (body != null && body.getContent() != null) {
                        addExamples(body.getContent(), examples);
                    }
                }
            });
        };
    }

    private static void addExamples(Content content, List<SpecExample> examples) {
        MediaType json = content.get("application/json");
        MediaType yaml = content.get("application/yaml");
        if (json == null || !isSpec(json.getSchema())) {
            return;
        }
        for (SpecExample e : examples) {
            json.addExamples(e.id(), new Example().summary(e.summary()).description(e.description()).value(e.value()));
            if (yaml != null) {
                yaml.addExamples(e.id(), new Example().summary(e.summary()).description(e.description()).value(e.yaml()));
            }
        }
    }

    private static boolean isSpec(Schema<?> schema) {
        return schema != null && (SpecSchema.REF + "AppSpec").equals(schema.get$ref());
    }
}
