package io.taskdef.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.taskdef.aws.AwsCallException;
import io.taskdef.aws.Registrar;
import io.taskdef.aws.Verifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ecs.model.ClientException;

/** Auth and AWS failure problems of verify and register, through the whole MVC stack, with the AWS adapters mocked. */
@SpringBootTest(properties = "TASKDEF_API_TOKENS=web-token-1,web-token-2")
@AutoConfigureMockMvc
class AwsEndpointsWebTest {

    static final String SPEC = """
            family: web
            region: us-east-1
            cpu: 256
            memory: 512
            containers:
              - name: app
                image: nginx:1.27
            """;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Registrar registrar;

    @MockitoBean
    Verifier verifier;

    ResultActions register(String authorization) throws Exception {
        var request = post("/v1/taskdefs/register").contentType("application/yaml").content(SPEC);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return mvc.perform(request);
    }

    ResultActions registerFailingWith(SdkException e) throws Exception {
        doThrow(new AwsCallException("ecs:RegisterTaskDefinition", e)).when(registrar).register(any(), any(), anyBoolean(), anyBoolean());
        return register("Bearer web-token-2");
    }

    static AwsServiceException service(int status, String code) {
        return AwsServiceException.builder().statusCode(status).requestId("req-42")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code + " from AWS").build()).build();
    }

    @Test
    void withoutATokenVerifyAndRegisterAnswer401ProblemsAndCallNoAws() throws Exception {
        register(null).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"taskdef-compiler\""))
                .andExpect(jsonPath("$.errors[0].code").value("UNAUTHORIZED"));
        mvc.perform(post("/v1/taskdefs/verify").contentType("application/yaml").content(SPEC).header("Authorization", "Bearer nope"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"taskdef-compiler\", error=\"invalid_token\""));
        verifyNoInteractions(registrar, verifier);
    }

    @Test
    void compileStaysOpenByDefault() throws Exception {
        mvc.perform(post("/v1/taskdefs/compile").contentType("application/yaml").content(SPEC)).andExpect(status().isOk());
    }

    @Test
    void throttlingIs503WithRetryAfterAndTheRequestId() throws Exception {
        registerFailingWith(service(400, "ThrottlingException")).andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("urn:problem-type:taskdef:aws-throttled"))
                .andExpect(jsonPath("$.awsRequestId").value("req-42"))
                .andExpect(jsonPath("$.errors[0].code").value("AWS_THROTTLED"));
    }

    @Test
    void accessDeniedIs403NamingTheAction() throws Exception {
        registerFailingWith(service(400, "AccessDeniedException")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.awsAction").value("ecs:RegisterTaskDefinition"))
                .andExpect(jsonPath("$.awsErrorCode").value("AccessDeniedException"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ecs:RegisterTaskDefinition")));
    }

    @Test
    void ecsClientExceptionIs422WithEcsMessage() throws Exception {
        SdkException e = ClientException.builder().statusCode(400).requestId("req-7")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ClientException").errorMessage("Container.image should not be null").build())
                .build();
        registerFailingWith(e).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Container.image should not be null")))
                .andExpect(jsonPath("$.awsRequestId").value("req-7"));
    }

    @Test
    void unreachableIs503AndTimeoutIs504WithoutAStackTrace() throws Exception {
        registerFailingWith(SdkClientException.create("Unable to execute HTTP request", new java.net.ConnectException("Connection refused")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:problem-type:taskdef:aws-unreachable"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
        registerFailingWith(ApiCallTimeoutException.create(30000)).andExpect(status().isGatewayTimeout())
                .andExpect(jsonPath("$.type").value("urn:problem-type:taskdef:aws-timeout"));
    }

    @Test
    void aQueryFlagThatIsNotABooleanIs400() throws Exception {
        mvc.perform(post("/v1/taskdefs/register?dryRun=maybe").contentType("application/yaml").content(SPEC)
                        .header("Authorization", "Bearer web-token-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(registrar);
    }
}
