package io.taskdef.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running application over HTTP, as a pipeline would with curl. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    /** One answer: status, body text, the body parsed (null when it is not JSON) and the headers. */
    public record Answer(int status, String body, JsonNode json, java.net.http.HttpHeaders headers) {
    }

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** POSTs a spec; {@code token} null sends no Authorization header; {@code headers} are more name/value pairs. */
    public Answer post(String pathAndQuery, String body, String contentType, String token, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    public Answer postYaml(String pathAndQuery, String yaml, String token) {
        return post(pathAndQuery, yaml, "application/yaml", token);
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = JSON.readTree(r.body());
            } catch (RuntimeException e) {
                json = null;
            }
            return new Answer(r.statusCode(), r.body(), json, r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
