package io.taskdef.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taskdef.aws.VerifyChecks;
import io.taskdef.compile.Compiler;
import io.taskdef.rules.StructuralChecks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rule catalogue as data. */
@RestController
@Tag(name = "rules", description = "The rules the compiler checks, as data")
class RulesController {

    private final RuleCatalog catalog;

    RulesController(Compiler compiler) {
        this.catalog = new RuleCatalog(compiler.rules(), StructuralChecks.ALL, VerifyChecks.ALL);
    }

    @GetMapping(path = "/v1/rules", produces = "application/json")
    @Operation(summary = "List every rule and diagnostic code",
            description = "Each rule with its stable id, the codes it reports, whether they are errors, warnings or requirements, "
                    + "a one-line statement and its AWS source.")
    RuleCatalog rules() {
        return catalog;
    }
}
