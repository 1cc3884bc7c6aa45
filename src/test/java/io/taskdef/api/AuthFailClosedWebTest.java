package io.taskdef.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** With no token configured, verify and register refuse every request; with protect-compile, compile and validate too. */
@SpringBootTest(properties = "taskdef.auth.protect-compile=true")
@AutoConfigureMockMvc
class AuthFailClosedWebTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyProtectedEndpointRefusesEvenWithAToken() throws Exception {
        for (String path : new String[] {"/v1/taskdefs/verify", "/v1/taskdefs/register", "/v1/taskdefs/compile", "/v1/taskdefs/validate"}) {
            mvc.perform(post(path).contentType("application/json").content("{\"family\":\"web\"}").header("Authorization", "Bearer guess"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(header().exists("WWW-Authenticate"))
                    .andExpect(jsonPath("$.type").value("urn:problem-type:taskdef:auth-not-configured"))
                    .andExpect(jsonPath("$.errors[0].code").value("AUTH_NOT_CONFIGURED"));
        }
    }

    @Test
    void openEndpointsStayOpen() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v1/rules")).andExpect(status().isOk())
                .andExpect(jsonPath("$.verify[0].id").value("verify-secret-exists"));
    }
}
