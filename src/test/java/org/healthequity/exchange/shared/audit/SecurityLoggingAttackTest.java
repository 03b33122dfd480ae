package org.healthequity.exchange.shared.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.healthequity.exchange.member.AccountPasswords;
import org.healthequity.exchange.member.MemberAdministration;
import org.healthequity.exchange.member.TokenOutcome;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Security events reach the audit log (ASVS V16) without secrets, and what an attacker types cannot forge a line of
 * the audit log or of the application log.
 */
@Tag("attack")
@ExtendWith(OutputCaptureExtension.class)
class SecurityLoggingAttackTest extends IntegrationTest {

    @Autowired
    private People people;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MemberAdministration administration;

    @Autowired
    AccountPasswords passwords;

    private MockMvc mvc;

    @BeforeEach
    void overHttp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void usernameWithLineBreaksCannotForgeAnAuditOrLogLine(CapturedOutput output) throws Exception {
        String marker = "forged-" + UUID.randomUUID().toString().substring(0, 8);
        String forged = "SUCCESS actor=admin@example.org action=auth.login target=account:" + marker;
        String username = "nobody-" + marker + "@example.net\r\n" + forged + "\n" + forged + "\u2028" + forged;

        signIn(username, "whatever was typed");

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select actor, target_id, outcome, details from audit_event where actor like ?", "%" + marker + "%");
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.getFirst();
        assertThat(row.get("outcome")).isEqualTo("FAILURE");
        assertThat((String) row.get("actor")).startsWith("nobody-" + marker).doesNotContain("\r", "\n", "\u2028")
                .contains("\\r\\n" + forged);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'admin@example.org'"
                + " and target_id like ?", Long.class, "%" + marker + "%")).isZero();
        // In the application log the forged text stays inside the one real line.
        assertThat(output.getAll().lines().filter(line -> line.contains(marker)))
                .isNotEmpty().allSatisfy(line -> assertThat(line).contains("FAILURE actor=nobody-" + marker));
    }

    @Test
    void failedSignInIsAuditedWithoutThePasswordTried() throws Exception {
        String email = "audited-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        String password = "secret-guess-" + UUID.randomUUID();

        signIn(email, password);

        assertThat(jdbc.queryForList("select outcome from audit_event where action = 'auth.login' and actor = ?",
                String.class, email)).containsExactly("FAILURE");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where actor like :p or action like :p or coalesce(target_id, '') like :p
                    or coalesce(details, '') like :p""".replace(":p", "?"), Long.class,
                "%" + password + "%", "%" + password + "%", "%" + password + "%", "%" + password + "%")).isZero();
    }

    @Test
    void serviceMethodRefusedByItsAccessRuleIsAudited() {
        String member = memberAccount();
        Accounts.signIn(users, member);

        assertThatThrownBy(() -> administration.page("", 0, 10)).isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForList("select target_id from audit_event where action = 'access.denied'"
                + " and actor = ? and outcome = 'DENIED'", String.class, member))
                .containsExactly("MemberAdministration.page");
    }

    @Test
    void serviceRefusalFromItsOwnObjectCheckIsAuditedOnce() {
        String member = memberAccount();
        Accounts.signIn(users, "secretariat@example.org");

        assertThatThrownBy(() -> administration.setRoles(jdbc.queryForObject(
                "select id from account where email = ?", Long.class, member),
                Set.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForList("select target_id from audit_event where action = 'access.denied'"
                + " and actor = 'secretariat@example.org' and occurred_at >= ? order by id", String.class,
                Timestamp.from(clock.instant()))).containsExactly("MemberAdministration.setRoles");
    }

    @Test
    void guessedResetLinkIsAuditedWithoutTheGuess() {
        String guess = "guessed-" + UUID.randomUUID();

        assertThat(passwords.resetPassword(guess, "a brand new sentence for nobody")).isEqualTo(TokenOutcome.INVALID);

        assertThat(jdbc.queryForList("select details from audit_event where action = 'account.reset-password'"
                + " and outcome = 'DENIED' and occurred_at >= ?", String.class,
                Timestamp.from(clock.instant()))).contains("link invalid");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where coalesce(details, '') like ?"
                + " or coalesce(target_id, '') like ?", Long.class, "%" + guess + "%", "%" + guess + "%")).isZero();
    }

    @Test
    void signInPasswordChangeRoleChangeAndSuspensionAreAuditedWithoutPasswords() throws Exception {
        String member = memberAccount();
        long id = jdbc.queryForObject("select id from account where email = ?", Long.class, member);
        signIn(member, People.PASSWORD);
        Accounts.signIn(users, member);
        passwords.changePassword(People.PASSWORD, "the sentence nobody may read", null);
        Accounts.signIn(users, "secretariat@example.org");
        administration.setRoles(id, Set.of(Role.MEMBER,
                Role.STEERING_COMMITTEE));
        administration.setSuspended(id, true);

        assertThat(jdbc.queryForList("select action || ' ' || outcome from audit_event where target_type = 'account'"
                + " and target_id in (?, ?) order by id", String.class, member, String.valueOf(id)))
                .containsSubsequence("auth.login SUCCESS", "account.change-password SUCCESS",
                        "member.roles SUCCESS", "member.suspend SUCCESS");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where coalesce(details, '') like ?"
                + " or actor like ?", Long.class, "%nobody may read%", "%nobody may read%")).isZero();
    }

    private String memberAccount() {
        return people.member("Logging Person");
    }

    private void signIn(String username, String password) throws Exception {
        mvc.perform(post("/login").session(new MockHttpSession(context.getServletContext()))
                .param("username", username).param("password", password).with(csrf()));
    }
}
