package io.taskdef.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compile core is pure: it imports nothing from Spring, the servlet API, or the AWS SDK's clients,
 * HTTP, credentials and regions. It may use the SDK's model types (RegisterTaskDefinitionRequest and
 * friends) and the core field metadata that describes them.
 */
class CoreArchitectureTest {

    static final String[] CORE = {"io.taskdef.spec..", "io.taskdef.arn..", "io.taskdef.model..", "io.taskdef.rules..",
            "io.taskdef.policy..", "io.taskdef.wire..", "io.taskdef.compile..", "io.taskdef.diag.."};

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.taskdef");
    }

    @Test
    void coreImportsNoSpringNoServletNoWebLayer() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "io.taskdef.api..", "io.taskdef.aws..")
                .check(classes);
    }

    @Test
    void coreImportsNoAwsClientsOrNetworkCode() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk.http..", "software.amazon.awssdk.core.client..",
                        "software.amazon.awssdk.awscore.client..", "software.amazon.awssdk.auth..", "software.amazon.awssdk.regions..",
                        "software.amazon.awssdk.core.sync..", "software.amazon.awssdk.core.async..")
                .check(classes);
    }

    @Test
    void coreUsesOnlyTheModelPackagesOfAwsServices() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "AWS service classes outside a model package (clients, paginators, waiters)",
                        c -> c.getPackageName().startsWith("software.amazon.awssdk.services.") && !c.getPackageName().endsWith(".model")))
                .check(classes);
    }
}
