package io.taskdef.testing;

import java.util.HashMap;
import java.util.Map;

/** The environment that points the application jar at a {@link MotoServer} with dummy credentials. */
public final class AwsAppEnv {

    private AwsAppEnv() {
    }

    /** AWS through the SDK's standard AWS_ENDPOINT_URL, plus the given API token (null: none configured). */
    public static Map<String, String> of(MotoServer moto, String token) {
        return of(moto.endpoint(), token);
    }

    /** The same for any endpoint (a black hole, a closed port). */
    public static Map<String, String> of(String endpoint, String token) {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_ENDPOINT_URL", endpoint);
        env.put("AWS_ACCESS_KEY_ID", "testing");
        env.put("AWS_SECRET_ACCESS_KEY", "testing");
        env.put("AWS_REGION", AwsFixtures.REGION);
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        if (token != null) {
            env.put("TASKDEF_API_TOKENS", token);
        }
        return env;
    }
}
