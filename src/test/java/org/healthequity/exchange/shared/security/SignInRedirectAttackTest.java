package org.healthequity.exchange.shared.security;

import java.util.List;

import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Open redirect after sign-in: a link to the sign-in page carrying a "continue", "redirect", "next" or "returnTo"
 * parameter (or a forged Referer) must never send the person, once signed in, to another site.
 */
@Tag("attack")
class SignInRedirectAttackTest extends IntegrationTest {

    private static final List<String> PARAMETERS = List.of("continue", "redirect", "redirect_uri", "next", "returnTo",
            "target", "url", "spring-security-redirect");
    private static final List<String> TARGETS = List.of("https://evil.example/", "//evil.example/",
            "/\\evil.example/", "https:evil.example", "\\\\evil.example");

    @Autowired
    WebApplicationContext context;

    @Test
    void signInLinkCarryingAForeignTargetLandsOnThePortal() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        for (String target : TARGETS) {
            var request = post("/login").with(csrf()).param("username", "member@example.org")
                    .param("password", "exchange-demo").header("Referer", target);
            PARAMETERS.forEach(p -> request.queryParam(p, target));
            MvcResult result = mvc.perform(request).andReturn();
            String location = result.getResponse().getRedirectedUrl();
            assertThat(result.getResponse().getStatus()).as(target).isBetween(300, 399);
            assertThat(location).as(target).isNotNull()
                    .satisfiesAnyOf(l -> assertThat(l).startsWith("/").doesNotStartWith("//")
                                    .doesNotStartWith("/\\"),
                            l -> assertThat(l).startsWith("http://localhost/"));
            assertThat(location).as(target).doesNotContain("evil.example");
        }
    }
}
