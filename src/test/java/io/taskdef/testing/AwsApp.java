package io.taskdef.testing;

import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application jar started against a {@link MotoServer} for a test class, with one accepted API token,
 * and an {@link ApiClient} for it. Register it after the moto extension, so moto is up first:
 *
 * <pre>{@code
 * @RegisterExtension static final MotoServer moto = new MotoServer();
 * @RegisterExtension static final AwsApp app = new AwsApp("verify-it", moto, "token");
 * }</pre>
 */
public final class AwsApp implements BeforeAllCallback, AfterAllCallback {

    private final String name;
    private final MotoServer moto;
    private final String token;
    private final Consumer<Map<String, String>> env;
    private final String[] args;
    private AppJar jar;
    private ApiClient api;

    /** {@code env} may change the environment {@link AwsAppEnv#of} gives; {@code args} are Spring Boot arguments. */
    public AwsApp(String name, MotoServer moto, String token, Consumer<Map<String, String>> env, String... args) {
        this.name = name;
        this.moto = moto;
        this.token = token;
        this.env = env;
        this.args = args;
    }

    public AwsApp(String name, MotoServer moto, String token, String... args) {
        this(name, moto, token, e -> { }, args);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Map<String, String> e = AwsAppEnv.of(moto, token);
        env.accept(e);
        jar = AppJar.start(name, e, args);
        api = new ApiClient(jar.baseUrl());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        jar.close();
    }

    public String baseUrl() {
        return jar.baseUrl();
    }

    public ApiClient api() {
        return api;
    }

    public String log() {
        return jar.log();
    }
}
