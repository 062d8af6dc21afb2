package com.tradesense;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the API the way a client does: every helper goes through HTTP (MockMvc), never around it. Each instance
 * of {@link Client} comes from its own IP address so per-IP limits of one test never leak into another.
 */
@TestComponent
public class TestApi {

    public static final String PASSWORD = "Str0ng!Passw0rd#";
    public static final String ADMIN_EMAIL = "root@tradesense.test";
    public static final String ADMIN_PASSWORD = "Admin!Passw0rd#2026";

    private final MockMvc mvc;
    private final JsonMapper json;

    TestApi(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public Client client() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new Client("10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
    }

    public String uniqueEmail() {
        return "trader-" + UUID.randomUUID() + "@example.com";
    }

    public JsonNode json(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    public String body(Object value) {
        return json.writeValueAsString(value);
    }

    /** A caller with a fixed IP address and, once signed in, its tokens. */
    public final class Client {

        private final String ip;
        private String accessToken;
        private String refreshToken;
        private String userId;

        Client(String ip) {
            this.ip = ip;
        }

        public String ip() {
            return ip;
        }

        public MockHttpServletRequestBuilder authorised(MockHttpServletRequestBuilder request) {
            return from(request).header("Authorization", "Bearer " + accessToken);
        }

        public MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
            return request.with(r -> {
                r.setRemoteAddr(ip);
                return r;
            }).header("User-Agent", "TestApi/1.0");
        }

        public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
            return mvc.perform(from(request)).andReturn();
        }

        public MvcResult performAuthorised(MockHttpServletRequestBuilder request) throws Exception {
            return mvc.perform(authorised(request)).andReturn();
        }

        public MvcResult postJson(String path, Object body) throws Exception {
            return perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body(body)));
        }

        public MvcResult register(String email) throws Exception {
            return postJson("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD,
                    "displayName", "Test Trader"));
        }

        public MvcResult login(String email, String password) throws Exception {
            MvcResult result = postJson("/api/v1/auth/login", Map.of("email", email, "password", password));
            if (result.getResponse().getStatus() == 200) {
                JsonNode tokens = json(result);
                accessToken = tokens.get("accessToken").asString();
                refreshToken = tokens.get("refreshToken").asString();
                userId = tokens.get("user").get("id").asString();
            }
            return result;
        }

        /** Registers a fresh member and signs in; returns its email. */
        public String signUpAndSignIn() throws Exception {
            String email = uniqueEmail();
            register(email);
            login(email, PASSWORD);
            return email;
        }

        public Client signInAsAdmin() throws Exception {
            login(ADMIN_EMAIL, ADMIN_PASSWORD);
            return this;
        }

        public String accessToken() {
            return accessToken;
        }

        public String refreshToken() {
            return refreshToken;
        }

        public String userId() {
            return userId;
        }

        /** The token in the newest link of that kind sent to {@code email}, read from the development mailbox. */
        public String tokenFromMailbox(String email, String linkPath) throws Exception {
            JsonNode mails = json(perform(get("/api/v1/dev/mailbox")));
            Pattern link = Pattern.compile(Pattern.quote(linkPath) + "\\?token=([A-Za-z0-9_-]+)");
            for (JsonNode mail : mails) {
                if (mail.get("to").asString().equals(email)) {
                    Matcher matcher = link.matcher(mail.get("text").asString());
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
            }
            throw new AssertionError("no " + linkPath + " mail for " + email + " in " + List.of(mails));
        }
    }
}
