package io.taskdef.api.openapi;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.taskdef.model.EcsValues;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI schemas of the app spec (DESIGN §1), as components: AppSpec, Container, PortMapping, Logging,
 * Reference, ReferenceObject, PolicyOptions. Written by hand so that each field carries its meaning; a test
 * checks that their property names are exactly the fields the binder accepts.
 */
final class SpecSchema {

    static final String REF = "#/components/schemas/";

    private SpecSchema() {
    }

    static Map<String, Schema> components() {
        return Map.of(
                "AppSpec", appSpec(),
                "Container", container(),
                "PortMapping", portMapping(),
                "Logging", logging(),
                "Reference", reference(),
                "ReferenceObject", referenceObject(),
                "PolicyOptions", policyOptions());
    }

    private static Schema appSpec() {
        Schema s = strict("An app spec: what to run, which secrets it reads, and where. Compiles to one ECS task definition.");
        s.addProperty("family", string("Task definition family: 1-255 letters, digits, '-' and '_'.").example("web"));
        s.addProperty("region", string("Region of the task; default from the service configuration.").example("us-east-1"));
        s.addProperty("account", string("12-digit account id; default: the account of executionRoleArn. Expands bare secret names.")
                .example("123456789012"));
        s.addProperty("cluster", string("Cluster name, used in the Windows user data and ecs.config snippets."));
        s.addProperty("launchType", enumOf("Where the task runs; default FARGATE.", EcsValues.LAUNCH_TYPES));
        s.addProperty("platformVersion", string("Fargate platform version: LATEST (1.4.0 on Linux, 1.0.0 on Windows) or e.g. 1.4.0."));
        s.addProperty("agentVersion", string("EC2/EXTERNAL: the oldest container agent version in the cluster, e.g. 1.68.0."));
        s.addProperty("os", enumOf("Operating system family; default LINUX.", EcsValues.OS_FAMILIES));
        s.addProperty("architecture", enumOf("CPU architecture.", EcsValues.ARCHITECTURES));
        s.addProperty("cpu", integer("Task CPU units (1024 = 1 vCPU); also accepted as \"0.5 vCPU\". Required on Fargate.").example(512));
        s.addProperty("memory", integer("Task memory in MiB; also accepted as \"2 GB\". Required on Fargate.").example(1024));
        s.addProperty("networkMode", enumOf("Network mode; awsvpc (the default) on Fargate.", EcsValues.NETWORK_MODES));
        s.addProperty("executionRoleArn", string("The task execution role; required for secrets.")
                .example("arn:aws:iam::123456789012:role/ecsTaskExecutionRole"));
        s.addProperty("taskRoleArn", string("The role the application's own AWS calls use."));
        s.addProperty("usesVpcEndpoints", new BooleanSchema().description("Tasks reach AWS only through interface VPC endpoints."));
        s.addProperty("tags", stringMap("Tags of the task definition (at most 49)."));
        s.addProperty("policy", ref("PolicyOptions"));
        s.addProperty("containers", new ArraySchema().items(ref("Container")).minItems(1).maxItems(10)
                .description("1 to 10 containers."));
        s.addProperty("overrides", new ObjectSchema().additionalProperties(true)
                .description("Escape hatch: further RegisterTaskDefinition fields (wire names), merged last and checked against the ECS model."));
        s.setRequired(List.of("family", "containers"));
        return s;
    }

    private static Schema container() {
        Schema s = strict("One container.");
        s.addProperty("name", string("1-255 letters, digits, '-' and '_'; unique in the task.").example("app"));
        s.addProperty("image", string("Image reference.").example("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2"));
        s.addProperty("essential", new BooleanSchema().description("Default true."));
        s.addProperty("ports", new ArraySchema().items(new ComposedSchema()
                        .oneOf(List.of(new IntegerSchema().minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(65535)),
                                ref("PortMapping"))))
                .description("Container ports: 8080, or {containerPort: 8080, protocol: tcp, name: http}."));
        s.addProperty("environment", stringMap("Plain environment variables."));
        s.addProperty("secrets", new ObjectSchema().additionalProperties(ref("Reference"))
                .description("Environment variable name -> secret reference."));
        s.addProperty("logging", ref("Logging"));
        s.addProperty("command", new ArraySchema().items(new StringSchema()));
        s.addProperty("entryPoint", new ArraySchema().items(new StringSchema()));
        s.addProperty("cpu", integer("Container CPU units."));
        s.addProperty("memory", integer("Hard memory limit in MiB."));
        s.addProperty("memoryReservation", integer("Soft memory limit in MiB."));
        s.addProperty("overrides", new ObjectSchema().additionalProperties(true)
                .description("Escape hatch: further ContainerDefinition fields (wire names), merged last and checked against the ECS model."));
        s.setRequired(List.of("name", "image"));
        return s;
    }

    private static Schema portMapping() {
        Schema s = strict("A port mapping.");
        s.addProperty("containerPort", integer("1-65535."));
        s.addProperty("hostPort", integer("Host port; with awsvpc equal to containerPort or left out."));
        s.addProperty("protocol", enumOf("Default tcp.", EcsValues.PROTOCOLS));
        s.addProperty("name", string("Port name, for Service Connect."));
        s.addProperty("appProtocol", string("http, http2 or grpc, for Service Connect."));
        s.setRequired(List.of("containerPort"));
        return s;
    }

    private static Schema logging() {
        Schema s = strict("The container's log configuration.");
        s.addProperty("driver", enumOf("Log driver; Fargate: awslogs, splunk, awsfirelens.", EcsValues.LOG_DRIVERS));
        s.addProperty("options", stringMap("Plain log options; awslogs gets the group, region and stream prefix by default."));
        s.addProperty("secretOptions", new ObjectSchema().additionalProperties(ref("Reference"))
                .description("Log option name -> secret reference."));
        s.setRequired(List.of("driver"));
        return s;
    }

    private static Schema reference() {
        return new ComposedSchema()
                .oneOf(List.of(
                        string("A raw valueFrom: a Secrets Manager ARN (with :json-key:version-stage:version-id), or an SSM parameter name or ARN."),
                        ref("ReferenceObject")))
                .description("A secret reference.");
    }

    private static Schema referenceObject() {
        Schema s = strict("A secret reference with exactly one of 'secret' or 'parameter'.");
        s.addProperty("secret", string("Secrets Manager secret: a name, a partial ARN or a complete ARN."));
        s.addProperty("parameter", string("SSM parameter: a name (/a/b or flat) or an ARN."));
        s.addProperty("jsonKey", string("Top-level key of a JSON secret (secrets only)."));
        s.addProperty("versionStage", string("Version staging label such as AWSPREVIOUS (not with versionId)."));
        s.addProperty("versionId", string("Version id (not with versionStage)."));
        s.addProperty("kmsKey", string("The customer-managed KMS key (ARN or key id) that encrypts the value; absent: the AWS managed key."));
        return s;
    }

    private static Schema policyOptions() {
        Schema s = strict("How the execution role policy is written.");
        s.addProperty("name", string("Inline policy name; default <family>-task-execution."));
        s.addProperty("kmsViaService", new BooleanSchema().description("Add kms:ViaService to kms:Decrypt (service default: true)."));
        s.addProperty("ecrPull", new BooleanSchema().description("Also grant ECR image pulls."));
        s.addProperty("logs", new BooleanSchema().description("Also grant CloudWatch Logs writes for awslogs."));
        return s;
    }

    private static Schema strict(String description) {
        Schema s = new ObjectSchema().description(description);
        s.setAdditionalProperties(false);
        return s;
    }

    private static Schema string(String description) {
        return new StringSchema().description(description);
    }

    private static Schema integer(String description) {
        return new IntegerSchema().description(description);
    }

    private static Schema stringMap(String description) {
        return new ObjectSchema().additionalProperties(new StringSchema()).description(description);
    }

    private static Schema enumOf(String description, List<String> values) {
        StringSchema s = new StringSchema();
        s.setEnum(values);
        return s.description(description);
    }

    static Schema ref(String component) {
        return new Schema<>().$ref(REF + component);
    }
}
