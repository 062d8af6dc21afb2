package com.tradesense.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Map;

import com.tradesense.IntegrationTest;
import com.tradesense.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class RoleManagementTests {

    @Autowired
    TestApi api;

    @Test
    void firstAdministratorIsCreatedFromConfiguration() throws Exception {
        TestApi.Client admin = api.client().signInAsAdmin();

        JsonNode me = api.json(admin.performAuthorised(get("/api/v1/auth/me")));

        assertThat(me.get("roles").toString()).isEqualTo("[\"USER\",\"ADMIN\",\"SUPER_ADMIN\"]");
    }

    @Test
    void superAdminGrantsMentorAndAdminRolesAndNewTokensCarryThem() throws Exception {
        TestApi.Client member = api.client();
        String email = member.signUpAndSignIn();
        TestApi.Client admin = api.client().signInAsAdmin();

        MvcResult granted = admin.performAuthorised(put("/api/v1/admin/users/" + member.userId() + "/roles")
                .contentType(MediaType.APPLICATION_JSON).content(api.body(Map.of("roles", List.of("MENTOR", "ADMIN")))));

        assertThat(granted.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.json(granted).get("roles").toString()).isEqualTo("[\"USER\",\"MENTOR\",\"ADMIN\"]");
        TestApi.Client promoted = api.client();
        promoted.login(email, TestApi.PASSWORD);
        assertThat(promoted.performAuthorised(get("/api/v1/admin/audit-logs?type=ROLES_CHANGED")).getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void anAdminWhoIsNotSuperAdminCannotMintAdmins() throws Exception {
        TestApi.Client plainAdmin = api.client();
        String adminEmail = plainAdmin.signUpAndSignIn();
        TestApi.Client root = api.client().signInAsAdmin();
        root.performAuthorised(put("/api/v1/admin/users/" + plainAdmin.userId() + "/roles")
                .contentType(MediaType.APPLICATION_JSON).content(api.body(Map.of("roles", List.of("ADMIN")))));
        plainAdmin.login(adminEmail, TestApi.PASSWORD);
        TestApi.Client member = api.client();
        member.signUpAndSignIn();

        MvcResult refused = plainAdmin.performAuthorised(put("/api/v1/admin/users/" + member.userId() + "/roles")
                .contentType(MediaType.APPLICATION_JSON).content(api.body(Map.of("roles", List.of("ADMIN")))));
        MvcResult mentor = plainAdmin.performAuthorised(put("/api/v1/admin/users/" + member.userId() + "/roles")
                .contentType(MediaType.APPLICATION_JSON).content(api.body(Map.of("roles", List.of("MENTOR")))));

        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(api.json(refused).get("code").asString()).isEqualTo("SUPER_ADMIN_REQUIRED");
        assertThat(mentor.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void rejectsUnknownRolesNamingTheField() throws Exception {
        TestApi.Client root = api.client().signInAsAdmin();

        MvcResult result = root.performAuthorised(put("/api/v1/admin/users/" + root.userId() + "/roles")
                .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"OVERLORD\"]}"));

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
    }
}
