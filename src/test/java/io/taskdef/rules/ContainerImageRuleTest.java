package io.taskdef.rules;

import static io.taskdef.rules.Specs.errorSays;
import static io.taskdef.rules.Specs.ok;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContainerImageRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"nginx", "nginx:1.27", "public.ecr.aws/nginx/nginx:1.27", "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2",
            "registry.example.com:5000/team/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void validImages(String image) {
        ok(Specs.fargate().set("/containers/0/image", image).compile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "nginx 1.27", "nginx:1.27\n", "\tnginx"})
    void blankOrWhitespace(String image) {
        errorSays(Specs.fargate().set("/containers/0/image", image).compile(), "IMAGE", "/containers/0/image", "is not an image reference");
    }

    @Test
    void lengthBoundary() {
        ok(Specs.fargate().set("/containers/0/image", "a".repeat(1024)).compile());
        Specs.error(Specs.fargate().set("/containers/0/image", "a".repeat(1025)).compile(), "IMAGE", "/containers/0/image");
    }

    @Test
    void atLeastOneEssential() {
        Specs.Spec twoSidecars = Specs.fargate().set("/containers/0/essential", false).container(1, "sidecar").set("/containers/1/essential", false);
        errorSays(twoSidecars.compile(), "ESSENTIAL_CONTAINER", "/containers/0/essential", "at least one container must be essential");
        ok(twoSidecars.set("/containers/1/essential", true).compile());
        ok(Specs.fargate().set("/containers/0/essential", false).container(1, "main").compile());
    }
}
