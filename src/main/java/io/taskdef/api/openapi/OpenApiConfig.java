package io.taskdef.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.servers.Server;
import io.taskdef.api.openapi.ExampleSpecs.SpecExample;
import io.taskdef.api.ops.RequestIdFilter;
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
            components.addParameters(RequestIdFilter.HEADER, new HeaderParameter().name(RequestIdFilter.HEADER).required(false)
                    .description("An id for this request, echoed in the response's X-Request-Id and carried by every log line and "
                            + "problem body about it; one that is not 1-64 of letters, digits, '.', '_', ':', '-' is replaced by a new UUID")
                    .schema(new StringSchema()));
            components.addHeaders(RequestIdFilter.HEADER, new Header()
                    .description("The caller's X-Request-Id when it was acceptable, else a new UUID; log lines and problem bodies carry it")
                    .schema(requestIdSchema()));
            openApi.getPaths().forEach((path, item) -> {
                for (Operation op : item.readOperations()) {
                    RequestBody body = op.getRequestBody();
                    if (body != null && body.getContent() != null) {
                        addExamples(body.getContent(), examples);
                    }
                    addRequestId(op);
                }
            });
        };
    }

    /** Every request may carry an X-Request-Id and every response carries one (RequestIdFilter). */
    private static void addRequestId(Operation op) {
        String parameter = COMPONENT_PARAMETERS + RequestIdFilter.HEADER;
        if (op.getParameters() == null || op.getParameters().stream().noneMatch(p -> parameter.equals(p.get$ref()))) {
            op.addParametersItem(new Parameter().$ref(parameter));
        }
        if (op.getResponses() != null) {
            op.getResponses().values().forEach(r -> r.addHeaderObject(RequestIdFilter.HEADER,
                    new Header().$ref(COMPONENT_HEADERS + RequestIdFilter.HEADER)));
        }
    }

    private static Schema<String> requestIdSchema() {
        return new StringSchema().pattern("^[A-Za-z0-9._:-]{1,64}$").example("3f1c9a2e-7b5d-4e0a-9c8f-2d6b1a4e5f70");
    }

    private static final String COMPONENT_PARAMETERS = "#/components/parameters/";
    private static final String COMPONENT_HEADERS = "#/components/headers/";

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
