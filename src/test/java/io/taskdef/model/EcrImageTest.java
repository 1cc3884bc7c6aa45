package io.taskdef.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** EcrImage reads exactly what this regular expression matches (the one it replaced, plus dual-stack registries), with the same parts. */
class EcrImageTest {

    private static final Pattern ECR_IMAGE = Pattern.compile("^(\\d{12})\\.(?:dkr\\.ecr(?:-fips)?\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?"
            + "|dkr-ecr(?:-fips)?\\.([a-z0-9-]+)\\.on\\.aws)/([^:@]+)(?:[:@].*)?$");

    @ParameterizedTest
    @ValueSource(strings = {
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/web",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/web@sha256:abc",
        "123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/web:1",
        "123456789012.dkr-ecr.us-east-2.on.aws/web:1",
        "123456789012.dkr-ecr-fips.us-east-2.on.aws/team/web@sha256:abc",
        "123456789012.dkr-ecr.us-east-2.on.aws.cn/web:1",
        "123456789012.dkr-ecr.us-east-2.amazonaws.com/web:1",
        "123456789012.dkr.ecr.us-east-2.on.aws/web:1",
        "123456789012.dkr-ecr.us-east-2.on.aws/",
        "123456789012.dkr-ecr..on.aws/web",
        "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web:1",
        "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web:1\nx",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/we\nb:1",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/web::@",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/:1",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com",
        "123456789012.dkr.ecr..amazonaws.com/web",
        "123456789012.dkr.ecr.US-EAST-1.amazonaws.com/web",
        "123456789012.dkr.ecr.us_east_1.amazonaws.com/web",
        "123456789012.dkr.ecr-fips-.us-east-1.amazonaws.com/web",
        "123456789012.dkr.ecr.-fips.us-east-1.amazonaws.com/web",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com.cn.cn/web",
        "123456789012.dkr.ecr.us-east-1.amazonaws.comx/web",
        "12345678901.dkr.ecr.us-east-1.amazonaws.com/web",
        "1234567890123.dkr.ecr.us-east-1.amazonaws.com/web",
        "12345678901a.dkr.ecr.us-east-1.amazonaws.com/web",
        "public.ecr.aws/nginx/nginx:latest",
        "nginx:latest",
        "123456789012",
        "",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1\u2028",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1\r"})
    void agreesWithTheRegularExpression(String image) {
        Matcher m = ECR_IMAGE.matcher(image);
        EcrImage ecr = EcrImage.parse(image);
        if (m.matches()) {
            assertEquals(new EcrImage(m.group(1), m.group(2) != null ? m.group(2) : m.group(3), m.group(4)), ecr, image);
        } else {
            assertNull(ecr, image);
        }
    }

    @org.junit.jupiter.api.Test
    void noImageIsNotEcr() {
        assertNull(EcrImage.parse(null));
    }
}
