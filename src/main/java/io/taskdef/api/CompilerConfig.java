package io.taskdef.api;

import io.taskdef.compile.Compiler;
import io.taskdef.model.ModelDefaults;
import io.taskdef.spec.SpecLimits;
import io.taskdef.wire.Json;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/** Wires the pure compile core into Spring from {@link TaskdefProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TaskdefProperties.class)
class CompilerConfig {

    @Bean
    Compiler compiler(TaskdefProperties props) {
        TaskdefProperties.Limits l = props.limits();
        return new Compiler(
                new ModelDefaults(props.defaultRegion(), props.policy().kmsViaService(), props.policy().ecrPull(), props.policy().logs()),
                new SpecLimits(l.maxDepth(), l.maxStringLength(), l.maxTokens(), 10, l.maxReferences()));
    }

    /** Lets Spring's own JSON writer write SDK model objects as wire JSON too. */
    @Bean
    JacksonModule sdkWireModule() {
        return Json.MODULE;
    }
}
