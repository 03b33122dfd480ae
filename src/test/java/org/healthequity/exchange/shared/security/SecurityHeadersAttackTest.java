package org.healthequity.exchange.shared.security;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The browser-side defences on public and signed-in pages: a script or style injected from elsewhere, framing, form
 * posts to another site, plug-ins, a planted {@code <base>}, and downgrades to plain HTTP.
 */
@Tag("attack")
class SecurityHeadersAttackTest extends IntegrationTest {

    @Autowired
    private People people;

    @Autowired
    WebApplicationContext context;

    @Autowired
    SecurityHeadersFilter headers;

    @Autowired
    JdbcTemplate jdbc;

    private MockMvc mvc;

    @BeforeEach
    void overHttp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(headers).apply(springSecurity()).build();
    }

    /** The public Vaadin pages need the Vaadin servlet: ApplicationRunLikeTest checks them over a real port. */
    @Test
    void scriptsStylesAndConnectionsFromAnotherOriginAreRefusedOnPublicAddresses() throws Exception {
        assertStrictPolicy(mvc.perform(get("/calendar/" + "A".repeat(43) + ".ics")).andReturn().getResponse());
        assertStrictPolicy(mvc.perform(get("/actuator/health")).andReturn().getResponse());
        assertStrictPolicy(mvc.perform(get("/no/such/page")).andReturn().getResponse());
    }

    @Test
    void scriptsStylesAndConnectionsFromAnotherOriginAreRefusedOnASignedInPage() throws Exception {
        String email = people.member("Header Person");
        MockHttpSession session = new MockHttpSession(context.getServletContext());
        MockHttpServletResponse signIn = mvc.perform(post("/login").session(session).param("username", email)
                .param("password", People.PASSWORD).with(csrf())).andReturn().getResponse();
        assertThat(signIn.getRedirectedUrl()).endsWith("/dashboard");

        assertStrictPolicy(signIn);
        assertStrictPolicy(mvc.perform(get("/dashboard").session(session)).andReturn().getResponse());
        assertStrictPolicy(mvc.perform(get("/my/webinars").session(session)).andReturn().getResponse());
    }

    @Test
    void plainHttpDowngradeIsRefusedOnceThePortalWasReachedOverHttps() throws Exception {
        MockHttpServletResponse secure = mvc.perform(get("/actuator/health").secure(true)).andReturn().getResponse();
        assertThat(secure.getHeader("Strict-Transport-Security")).startsWith("max-age=63072000")
                .contains("includeSubDomains");
        // Over plain HTTP the header means nothing and is not sent (RFC 6797).
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).isNull();
    }

    private static void assertStrictPolicy(MockHttpServletResponse response) {
        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy).isNotNull();
        Map<String, String> directives = Arrays.stream(policy.split(";")).map(String::strip)
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.contains(" ") ? d.split(" ", 2)[1] : ""));
        assertThat(directives).containsEntry("default-src", "'self'")
                .containsEntry("script-src", "'self' 'unsafe-inline' 'unsafe-eval'")
                .containsEntry("style-src", "'self' 'unsafe-inline'")
                .containsEntry("img-src", "'self' data:")
                .containsEntry("font-src", "'self' data:")
                .containsEntry("connect-src", "'self'")
                .containsEntry("frame-ancestors", "'none'")
                .containsEntry("form-action", "'self'")
                .containsEntry("object-src", "'none'")
                .containsEntry("base-uri", "'self'");
        assertThat(policy).doesNotContain("*", "http:", "https:", "blob:");
        assertThat(response.getHeaders("Content-Security-Policy")).hasSize(1);
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
