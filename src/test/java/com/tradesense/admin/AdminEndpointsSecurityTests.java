package com.tradesense.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.tradesense.IntegrationTest;
import com.tradesense.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint under /api/v1/admin, found from the live handler mappings, refuses members and anonymous callers. */
@IntegrationTest
class AdminEndpointsSecurityTests {

    @Autowired
    TestApi api;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyAdminEndpointRefusesAMember() throws Exception {
        TestApi.Client member = api.client();
        member.signUpAndSignIn();
        TestApi.Client anonymous = api.client();

        List<String> checked = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/v1/admin")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
                for (RequestMethod method : methodsOf(entry.getKey())) {
                    assertThat(member.performAuthorised(call(method, path)).getResponse().getStatus())
                            .as(method + " " + path).isEqualTo(403);
                    assertThat(anonymous.perform(call(method, path)).getResponse().getStatus())
                            .as(method + " " + path).isEqualTo(401);
                    checked.add(method + " " + path);
                }
            }
        }
        assertThat(checked).as("admin endpoints found").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void anAdminReachesTheAdminApi() throws Exception {
        TestApi.Client admin = api.client().signInAsAdmin();

        assertThat(admin.performAuthorised(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/admin/audit-logs")).getResponse().getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequestBuilder call(RequestMethod method, String path) {
        return request(HttpMethod.valueOf(method.name()), path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":[\"ADMIN\"]}");
    }

    private static List<RequestMethod> methodsOf(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? List.of(RequestMethod.GET) : List.copyOf(methods);
    }
}
