package com.tradesense.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.tradesense.IntegrationTest;
import com.tradesense.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ApiRateLimitTests {

    @Autowired
    TestApi api;

    @Test
    void limitsEachUserToTheirBudgetPerMinute() throws Exception {
        TestApi.Client busy = api.client();
        busy.signUpAndSignIn();
        TestApi.Client other = api.client();
        other.signUpAndSignIn();

        // The bucket refills smoothly (one request per 600 ms), so on a slow machine a few more may pass than 100;
        // what matters is that the full budget is served and that the caller is then refused.
        MvcResult last = null;
        int allowed = 0;
        for (int i = 0; i < 200; i++) {
            last = busy.performAuthorised(get("/api/v1/auth/me"));
            if (last.getResponse().getStatus() != 200) {
                break;
            }
            allowed++;
        }

        assertThat(allowed).isGreaterThanOrEqualTo(100).isLessThan(200);
        assertThat(last.getResponse().getStatus()).isEqualTo(429);
        assertThat(last.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(api.json(last).get("code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(other.performAuthorised(get("/api/v1/auth/me")).getResponse().getStatus()).isEqualTo(200);
    }
}
