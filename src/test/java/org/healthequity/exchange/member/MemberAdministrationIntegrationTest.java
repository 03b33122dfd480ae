package org.healthequity.exchange.member;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberAdministrationIntegrationTest extends IntegrationTest {

    @Autowired
    private People people;

    private static final String PASSWORD = "a long walk to Geneva";

    @Autowired
    MemberAdministration administration;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    AuditLog audit;

    @Test
    void anInvitationWorksOnceAndOnlyForTheInvitedAddress() {
        String invitee = uniqueEmail("invitee");
        Accounts.signIn(users, "secretariat@example.org");
        administration.invite(invitee, Network.HIM, NetworkRole.MEMBER, Language.FRENCH);
        assertThat(Outbox.templatesFor(jdbc, invitee)).containsExactly("invitation");
        assertThat(Outbox.latestBody(jdbc, invitee)).contains("Réseau");
        String token = Outbox.latestToken(jdbc, invitee);

        String intruder = people.registered("Test Person", uniqueEmail("intruder"));
        Accounts.signIn(users, intruder);
        assertThat(administration.accept(token)).isEqualTo(InvitationOutcome.OTHER_ADDRESS);

        people.registered("Test Person", invitee);
        Accounts.signIn(users, invitee);
        assertThat(administration.accept(token)).isEqualTo(InvitationOutcome.ACCEPTED);
        ExchangeUser joined = (ExchangeUser) users.loadUserByUsername(invitee);
        assertThat(joined.roles()).contains(Role.MEMBER);
        assertThat(jdbc.queryForObject("select role from network_membership where account_id = ? and network = 'HIM'",
                String.class, joined.accountId())).isEqualTo("MEMBER");
        assertThat(administration.accept(token)).isEqualTo(InvitationOutcome.INVALID);
    }

    @Test
    void anInvitationExpires() {
        String invitee = uniqueEmail("late-invitee");
        Accounts.signIn(users, "secretariat@example.org");
        administration.invite(invitee, Network.GKNHE, NetworkRole.STEERING_COMMITTEE, Language.ENGLISH);
        String token = Outbox.latestToken(jdbc, invitee);
        people.registered("Test Person", invitee);
        clock.advance(Duration.ofDays(8));
        Accounts.signIn(users, invitee);
        assertThat(administration.accept(token)).isEqualTo(InvitationOutcome.EXPIRED);
    }

    @Test
    void suspendingEndsSessionsAndSignInUntilReactivated() {
        String email = people.registered("Test Person", uniqueEmail("suspended"));
        ExchangeUser person = (ExchangeUser) users.loadUserByUsername(email);
        sessions.registerNewSession("suspended-session", person);
        Accounts.signIn(users, "secretariat@example.org");

        administration.setSuspended(person.accountId(), true);
        assertThat(sessions.getSessionInformation("suspended-session").isExpired()).isTrue();
        assertThat(users.loadUserByUsername(email).isAccountNonLocked()).isFalse();

        administration.setSuspended(person.accountId(), false);
        assertThat(users.loadUserByUsername(email).isAccountNonLocked()).isTrue();
        sessions.removeSessionInformation("suspended-session");
    }

    @Test
    void theSecretariatCannotSuspendItselfNorGrantAdministration() {
        ExchangeUser secretariat = (ExchangeUser) Accounts.signIn(users, "secretariat@example.org").getPrincipal();
        assertThatThrownBy(() -> administration.setSuspended(secretariat.accountId(), true))
                .isInstanceOf(Refused.class);
        ExchangeUser member = (ExchangeUser) users.loadUserByUsername("researcher@example.org");
        assertThatThrownBy(() -> administration.setRoles(member.accountId(), EnumSet.of(Role.MEMBER, Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(((ExchangeUser) users.loadUserByUsername("researcher@example.org")).roles())
                .doesNotContain(Role.ADMIN);
    }

    @Test
    void rolesChangeAndTheChangeIsAudited() {
        String email = people.registered("Test Person", uniqueEmail("promoted"));
        ExchangeUser person = (ExchangeUser) users.loadUserByUsername(email);
        Accounts.signIn(users, "admin@example.org");
        administration.setRoles(person.accountId(), Set.of(Role.MEMBER, Role.GROUP_LEAD));
        assertThat(((ExchangeUser) users.loadUserByUsername(email)).roles())
                .containsExactlyInAnyOrder(Role.MEMBER, Role.GROUP_LEAD);
        // Found by the person's id, not as the newest entry: other tests move the shared clock back and forth, so the
        // newest "member.roles" entry by time need not be this one.
        assertThat(audit.page(String.valueOf(person.accountId()), 0, 1000))
                .anySatisfy(r -> {
                    assertThat(r.action()).isEqualTo("member.roles");
                    assertThat(r.targetId()).isEqualTo(String.valueOf(person.accountId()));
                });
    }

    @Test
    void staffNotesAreForTheSecretariatOnly() {
        ExchangeUser priya = (ExchangeUser) users.loadUserByUsername("member@example.org");
        Accounts.signIn(users, "secretariat@example.org");
        administration.addNote(priya.accountId(), "Met at the regional launch; interested in Innov8.");
        assertThat(administration.notes(priya.accountId())).extracting(StaffNote::text)
                .contains("Met at the regional launch; interested in Innov8.");
        Accounts.signIn(users, "member@example.org");
        assertThatThrownBy(() -> administration.notes(priya.accountId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.page("", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theListLoadsPageByPageWithNetworksAndRoles() {
        String marker = "paged-" + UUID.randomUUID().toString().substring(0, 8);
        Accounts.signIn(users, "secretariat@example.org");
        long everyone = administration.count("");
        for (int i = 0; i < 3; i++) {
            people.registered("Paged Person " + i, marker + "-" + i + "@example.net");
        }
        String reviewer = people.applicant("Kofi Reviewer");
        people.joins(reviewer, Network.HIM, NetworkRole.STEERING_COMMITTEE);

        assertThat(administration.count("")).isEqualTo(everyone + 4);
        assertThat(administration.count(marker)).isEqualTo(3);
        assertThat(administration.page(marker, 0, 2)).hasSize(2);
        assertThat(administration.page(marker, 2, 2)).hasSize(1);
        AdminMemberRow kofi = administration.page(reviewer, 0, 10).getFirst();
        assertThat(kofi.roles()).contains(Role.STEERING_COMMITTEE);
        assertThat(kofi.networks()).containsEntry(Network.HIM, NetworkRole.STEERING_COMMITTEE);
    }
}
