package org.healthequity.exchange.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.healthequity.exchange.member.AccessTokens;
import org.healthequity.exchange.member.TokenScope;
import org.healthequity.exchange.support.Accounts;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The API tests' client: requests through the whole filter chain, each from an address of its own (so the limits per
 * address do not add up across tests), tokens made through the service, answers read as JSON.
 */
final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final AccessTokens tokens;
    private final UserDetailsService users;

    ApiClient(WebApplicationContext context, AccessTokens tokens, UserDetailsService users) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        this.tokens = tokens;
        this.users = users;
    }

    MockMvc mvc() {
        return mvc;
    }

    /** The request from a fresh address. */
    MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(from(request, address())).andReturn().getResponse();
    }

    /** A 30-day token of the person with every scope, made as they would make it on their account page. */
    String tokenOf(String email) {
        return tokenOf(email, TokenScope.values());
    }

    /** A 30-day token of the person with these scopes only. */
    String tokenOf(String email, TokenScope... scopes) {
        Accounts.signIn(users, email);
        String secret = tokens.create("test", 30, Set.of(scopes)).secret();
        SecurityContextHolder.clearContext();
        return secret;
    }

    static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
