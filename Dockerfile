# taskdef-compiler container image.
#
# Two targets, the same image:
#   from-source (default)  builds the jar from the sources in BUILD_IMAGE (a JDK 17+ image; ./mvnw
#                          fetches Maven and the dependencies from Maven Central)
#   prebuilt               takes target/taskdef-compiler-*.jar from the build context: run
#                          `./mvnw package` first
#
#   podman build -t taskdef-compiler .                                          # from source
#   ./mvnw -B package -DskipTests && podman build --target prebuilt -t taskdef-compiler .
#
# Every base image is a build argument ending in _IMAGE, so mirrors or local images can replace them.
# The jar is split into Spring Boot's layers (dependencies, spring-boot-loader, snapshot-dependencies,
# application), one image layer each, so a code change rebuilds only the small application layer.
# Nothing secret is baked in: API tokens and AWS credentials come from the environment at run time.

ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:25-jre

# The prebuilt jar, split into its layers.
FROM ${RUNTIME_IMAGE} AS jar-prebuilt
WORKDIR /workspace
COPY target/taskdef-compiler-*.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

# What both targets share: a numeric non-root user (no passwd entry needed; Kubernetes runAsNonRoot can
# verify it), container-aware JVM flags, the port, and Spring Boot's launcher as the entrypoint. The
# application's files are owned by root, so the process cannot change its own code.
FROM ${RUNTIME_IMAGE} AS runtime
LABEL org.opencontainers.image.title="taskdef-compiler" \
      org.opencontainers.image.description="Compiles an app spec into an Amazon ECS task definition and its execution role policy" \
      org.opencontainers.image.licenses="Apache-2.0"
WORKDIR /app
USER 10001:10001
ENV SERVER_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=50 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]

FROM runtime AS prebuilt
# Least to most often changed, so rebuilds after a code change reuse the dependency layers.
COPY --from=jar-prebuilt /workspace/extracted/dependencies/ ./
COPY --from=jar-prebuilt /workspace/extracted/spring-boot-loader/ ./
COPY --from=jar-prebuilt /workspace/extracted/snapshot-dependencies/ ./
COPY --from=jar-prebuilt /workspace/extracted/application/ ./

# The jar built from the sources, split into its layers. The dependencies are fetched before the sources
# are copied, so a code change reuses that layer.
FROM ${BUILD_IMAGE} AS jar-from-source
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q -ntp dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -ntp package -DskipTests \
 && cp target/taskdef-compiler-*.jar application.jar \
 && java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

FROM runtime AS from-source
COPY --from=jar-from-source /workspace/extracted/dependencies/ ./
COPY --from=jar-from-source /workspace/extracted/spring-boot-loader/ ./
COPY --from=jar-from-source /workspace/extracted/snapshot-dependencies/ ./
COPY --from=jar-from-source /workspace/extracted/application/ ./
