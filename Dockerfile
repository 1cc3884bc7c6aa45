# taskdef-compiler container image.
#
# Two ways to get the application jar, chosen with JAR_STAGE:
#   jar-from-source (default)  builds the jar from the sources in BUILD_IMAGE (a JDK 17+ image; ./mvnw
#                              fetches Maven and the dependencies from Maven Central)
#   jar-prebuilt               takes target/taskdef-compiler-*.jar from the build context: run
#                              `./mvnw package` first, then build with --build-arg JAR_STAGE=jar-prebuilt
#
#   podman build -t taskdef-compiler .                                          # from source
#   ./mvnw -B package && podman build --build-arg JAR_STAGE=jar-prebuilt -t taskdef-compiler .
#
# Every base image is a build argument ending in _IMAGE, so mirrors or local images can replace them.
# The jar is split into Spring Boot's layers (dependencies, spring-boot-loader, snapshot-dependencies,
# application), one image layer each, so a code change rebuilds only the small application layer.
# Nothing secret is baked in: API tokens and AWS credentials come from the environment at run time.

ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:25-jre
ARG JAR_STAGE=jar-from-source

FROM ${BUILD_IMAGE} AS jar-from-source
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q -ntp dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -ntp package -DskipTests \
 && cp target/taskdef-compiler-*.jar /workspace/application.jar

FROM ${RUNTIME_IMAGE} AS jar-prebuilt
WORKDIR /workspace
COPY target/taskdef-compiler-*.jar /workspace/application.jar

FROM ${JAR_STAGE} AS jar

FROM ${RUNTIME_IMAGE} AS layers
WORKDIR /workspace
COPY --from=jar /workspace/application.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

FROM ${RUNTIME_IMAGE}
LABEL org.opencontainers.image.title="taskdef-compiler" \
      org.opencontainers.image.description="Compiles an app spec into an Amazon ECS task definition and its execution role policy" \
      org.opencontainers.image.licenses="Apache-2.0"
WORKDIR /app
# Least to most often changed, so rebuilds after a code change reuse the dependency layers.
COPY --from=layers /workspace/extracted/dependencies/ ./
COPY --from=layers /workspace/extracted/spring-boot-loader/ ./
COPY --from=layers /workspace/extracted/snapshot-dependencies/ ./
COPY --from=layers /workspace/extracted/application/ ./
# A numeric non-root user (no passwd entry needed; Kubernetes runAsNonRoot can verify it). The files
# above stay owned by root, so the process cannot change its own code.
USER 10001:10001
ENV SERVER_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=50 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
