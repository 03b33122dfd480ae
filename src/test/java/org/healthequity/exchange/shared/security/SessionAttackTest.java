package org.healthequity.exchange.shared.security;

import java.time.Duration;

import org.healthequity.exchange.support.People;
import org.healthequity.exchange.member.AccountPasswords;
import org.healthequity.exchange.member.MemberAdministration;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Session management attacked over HTTP (ASVS V7): a planted session id, a session kept after sign-out, sessions that
 * outlive a password change, a reset or a suspension, sessions that never idle out, and ids in addresses.
 */
@Tag("attack")
class SessionAttackTest extends IntegrationTest {

    @Autowired
    private People people;

    private static final String PASSWORD = People.PASSWORD;

    @Autowired
    WebApplicationContext context;

    @Autowired
    SecurityHeadersFilter headers;

    @Autowired
    SessionRegistry registry;

    @Autowired
    AccountPasswords passwords;

    @Autowired
    MemberAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    private MockMvc mvc;

    @BeforeEach
    void overHttp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(headers).apply(springSecurity()).build();
    }

    @Test
    void sessionIdPlantedBeforeSignInIsReplacedAtSignIn() throws Exception {
        String person = person();
        MockHttpSession planted = new MockHttpSession(context.getServletContext(), "planted-by-the-attacker");

        signIn(planted, person);

        assertThat(planted.getId()).isNotEqualTo("planted-by-the-attacker");
        assertThat(registry.getSessionInformation("planted-by-the-attacker")).isNull();
        assertThat(registry.getSessionInformation(planted.getId())).isNotNull();
        assertThat(signedIn(planted)).isTrue();
    }

    @Test
    void signOutEndsTheSessionOnTheServer() throws Exception {
        MockHttpSession session = signIn(person());

        MvcResult out = mvc.perform(post("/logout").session(session).with(csrf())).andReturn();

        assertThat(out.getResponse().getStatus()).isEqualTo(302);
        assertThat(session.isInvalid()).as("the server forgot the session, not only the browser").isTrue();
    }

    @Test
    void passwordChangeEndsThePersonsOtherSessions() throws Exception {
        String person = person();
        MockHttpSession mine = signIn(person);
        MockHttpSession stolen = signIn(person);

        Accounts.signIn(users, person);
        passwords.changePassword(PASSWORD, "an entirely different sentence", mine.getId());
        SecurityContextHolder.clearContext();

        assertThat(expired(stolen)).isTrue();
        assertThat(signedIn(mine)).as("the session that made the change stays").isTrue();
    }

    @Test
    void passwordResetEndsEverySessionOfThePerson() throws Exception {
        String person = person();
        MockHttpSession first = signIn(person);
        MockHttpSession second = signIn(person);

        passwords.requestPasswordReset(person, Language.ENGLISH);
        passwords.resetPassword(Outbox.latestToken(jdbc, person), "an entirely different sentence");

        assertThat(expired(first)).isTrue();
        assertThat(expired(second)).isTrue();
    }

    @Test
    void suspensionEndsEverySessionOfThePerson() throws Exception {
        String person = person();
        MockHttpSession session = signIn(person);

        Accounts.signIn(users, "secretariat@example.org");
        administration.setSuspended(people.id(person), true);
        SecurityContextHolder.clearContext();

        assertThat(expired(session)).isTrue();
        assertThat(mvc.perform(post("/login").session(new MockHttpSession(context.getServletContext()))
                .param("username", person).param("password", PASSWORD).with(csrf())).andReturn().getResponse()
                .getRedirectedUrl()).as("no new session either").doesNotEndWith("/dashboard");
    }

    @Test
    void idleSessionsCloseAfterThirtyMinutesAtMost() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isPositive().isLessThanOrEqualTo(Duration.ofMinutes(30));
        // Vaadin's heartbeat would otherwise keep an idle tab's session open for ever.
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    @Test
    void sessionIdIsNeverCarriedInAnAddress() throws Exception {
        assertThat(environment.getProperty("server.servlet.session.tracking-modes")).isEqualToIgnoringCase("cookie");
        MvcResult result = mvc.perform(get("/dashboard")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContainIgnoringCase("jsessionid");
    }

    private String person() {
        return people.member("Session Person");
    }

    private MockHttpSession signIn(String email) throws Exception {
        return signIn(new MockHttpSession(context.getServletContext()), email);
    }

    private MockHttpSession signIn(MockHttpSession session, String email) throws Exception {
        MvcResult result = mvc.perform(post("/login").session(session).param("username", email)
                .param("password", PASSWORD).with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/dashboard");
        return session;
    }

    /** Whether a request with this session is signed in (the portal's own pages need the Vaadin servlet). */
    private boolean signedIn(MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(get("/dashboard").session(session)).andReturn();
        try {
            authenticated().match(result);
            return true;
        } catch (AssertionError notSignedIn) {
            return false;
        }
    }

    private boolean expired(MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(get("/dashboard").session(session)).andReturn();
        return result.getResponse().getStatus() == 302
                && String.valueOf(result.getResponse().getRedirectedUrl()).contains("/login?expired");
    }
}
