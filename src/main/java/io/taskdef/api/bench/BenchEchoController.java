package io.taskdef.api.bench;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The baseline of the HTTP benchmark (bench/http.sh): the same request body as the compile endpoint, read
 * as JSON and written back, nothing else. Only present with the Spring profile {@code bench}.
 */
@Hidden
@Profile("bench")
@RestController
class BenchEchoController {

    @PostMapping(path = "/bench/echo", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> echo(@RequestBody JsonNode body) {
        return ResponseEntity.ok(body);
    }
}
