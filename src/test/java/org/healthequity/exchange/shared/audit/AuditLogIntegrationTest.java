package org.healthequity.exchange.shared.audit;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditLogIntegrationTest extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void recordsWhoDidWhatToWhatWithWhichOutcome() {
        Accounts.signIn(users, "secretariat@example.org");
        audit.record("test.action", "thing", 42, AuditOutcome.SUCCESS, "details");

        Accounts.signIn(users, "admin@example.org");
        AuditRecord latest = audit.page("test.action", 0, 10).getFirst();
        assertThat(latest.actor()).isEqualTo("secretariat@example.org");
        assertThat(latest.targetType()).isEqualTo("thing");
        assertThat(latest.targetId()).isEqualTo("42");
        assertThat(latest.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(latest.occurredAt()).isEqualTo(clock.instant());
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteEntries() {
        audit.recordIndependently("someone", "test.immutable", null, null, AuditOutcome.SUCCESS, null);
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'forger'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'forger'", Long.class))
                .isZero();
    }

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void signInsAndFailedSignInsAreAudited() {
        var attempt = UsernamePasswordAuthenticationToken
                .unauthenticated("someone-audited@example.org", "wrong");
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                attempt, new BadCredentialsException("bad")));
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(
                        "someone-audited@example.org", null, List.of())));

        Accounts.signIn(users, "admin@example.org");
        assertThat(audit.page("someone-audited@example.org", 0, 10))
                .extracting(AuditRecord::action, AuditRecord::outcome)
                .containsExactly(Tuple.tuple("auth.login", AuditOutcome.SUCCESS),
                        Tuple.tuple("auth.login", AuditOutcome.FAILURE));
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        Accounts.signIn(users, "member@example.org");
        assertThatThrownBy(() -> audit.page("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count("")).isInstanceOf(AccessDeniedException.class);
    }
}
