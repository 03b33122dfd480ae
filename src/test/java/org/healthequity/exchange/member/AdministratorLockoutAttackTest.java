package org.healthequity.exchange.member;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The secretariat, or two administrators at once, try to leave the portal without an active administrator. */
@Tag("attack")
class AdministratorLockoutAttackTest extends IntegrationTest {

    private static final String SECRETARIAT = "secretariat@example.org";

    @Autowired
    MemberAdministration administration;

    @Autowired
    AccountDeletion deletion;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    /** Administrators of the demo data and of other tests, set aside while a test needs to hold the last ones. */
    private final List<Long> parked = new ArrayList<>();

    @AfterEach
    void restoreParkedAdministrators() {
        parked.forEach(id -> jdbc.update("update account set status = 'ACTIVE' where id = ?", id));
        parked.clear();
    }

    @Test
    void secretariatCannotRemoveTheAdministratorRoleFromAnAdministrator() {
        long admin = account("admin", Role.ADMIN);
        Accounts.signIn(users, SECRETARIAT);

        assertThatThrownBy(() -> administration.setRoles(admin, EnumSet.of(Role.MEMBER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(roles(admin)).containsExactly("ADMIN");
    }

    @Test
    void secretariatCannotSuspendOrReactivateAnAdministrator() {
        long admin = account("admin", Role.ADMIN);
        Accounts.signIn(users, SECRETARIAT);

        assertThatThrownBy(() -> administration.setSuspended(admin, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(status(admin)).isEqualTo("ACTIVE");

        jdbc.update("update account set status = 'SUSPENDED' where id = ?", admin);
        assertThatThrownBy(() -> administration.setSuspended(admin, false)).isInstanceOf(AccessDeniedException.class);
        assertThat(status(admin)).isEqualTo("SUSPENDED");
    }

    @Test
    void secretariatCannotGrantTheAdministratorRole() {
        long member = account("member", Role.MEMBER);
        Accounts.signIn(users, SECRETARIAT);

        assertThatThrownBy(() -> administration.setRoles(member, EnumSet.of(Role.MEMBER, Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(roles(member)).containsExactly("MEMBER");
    }

    @Test
    void lastActiveAdministratorCannotRemoveTheirOwnAdministratorRole() {
        long last = account("last", Role.ADMIN);
        parkOtherAdministrators(last);
        signIn(last);

        assertThatThrownBy(() -> administration.setRoles(last, EnumSet.of(Role.MEMBER)))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("admin.members.last-admin"));
        assertThat(roles(last)).containsExactly("ADMIN");
    }

    @Test
    void lastActiveAdministratorCannotDeleteTheirAccount() {
        long last = account("last", Role.ADMIN);
        parkOtherAdministrators(last);
        signIn(last);

        assertThatThrownBy(() -> deletion.deleteMyAccount("x")).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.messageKey()).isEqualTo("admin.members.last-admin"));
        assertThat(status(last)).isEqualTo("ACTIVE");
    }

    @Test
    void anAdministratorMayStillDeleteTheirAccountWhenAnotherRemains() {
        long leaving = account("leaving", Role.ADMIN);
        long staying = account("staying", Role.ADMIN);
        parkOtherAdministrators(leaving, staying);
        signIn(leaving);

        deletion.deleteMyAccount("x");

        assertThat(status(leaving)).isEqualTo("DELETED");
        assertThat(status(staying)).isEqualTo("ACTIVE");
    }

    @Test
    void twoAdministratorsRemovingEachOtherAtOnceLeaveOneActiveAdministrator() throws Exception {
        for (int round = 0; round < 3; round++) {
            long first = account("first", Role.ADMIN);
            long second = account("second", Role.ADMIN);
            parkOtherAdministrators(first, second);

            // Both sign in before the race: a sign-in after the other's change would already be a member's.
            Authentication asFirst = signIn(first);
            Authentication asSecond = signIn(second);
            List<Throwable> outcomes = race(
                    () -> { as(asFirst); administration.setRoles(second, EnumSet.of(Role.MEMBER)); return null; },
                    () -> { as(asSecond); administration.setRoles(first, EnumSet.of(Role.MEMBER)); return null; });

            assertThat(outcomes).filteredOn(t -> t == null).hasSize(1);
            assertThat(outcomes).filteredOn(t -> t != null).singleElement().isInstanceOf(Refused.class);
            assertThat(activeAdministrators()).hasSize(1);
            restoreParkedAdministrators();
        }
    }

    @Test
    void twoAdministratorsSuspendingEachOtherAtOnceLeaveOneActiveAdministrator() throws Exception {
        long first = account("first", Role.ADMIN);
        long second = account("second", Role.ADMIN);
        parkOtherAdministrators(first, second);

        Authentication asFirst = signIn(first);
        Authentication asSecond = signIn(second);
        List<Throwable> outcomes = race(
                () -> { as(asFirst); administration.setSuspended(second, true); return null; },
                () -> { as(asSecond); administration.setSuspended(first, true); return null; });

        assertThat(outcomes).filteredOn(t -> t == null).hasSize(1);
        assertThat(activeAdministrators()).hasSize(1);
    }

    /** Runs both at the same moment on two threads; returns what each threw (null when it succeeded). */
    private List<Throwable> race(Callable<Void> one, Callable<Void> two) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Throwable>> futures = new ArrayList<>();
            for (Callable<Void> task : List.of(one, two)) {
                futures.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        task.call();
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Every other active administrator is suspended until the test ends, so that these are the last ones. */
    private void parkOtherAdministrators(Long... keep) {
        List<Long> others = activeAdministrators();
        others.removeAll(List.of(keep));
        others.forEach(id -> jdbc.update("update account set status = 'SUSPENDED' where id = ?", id));
        parked.addAll(others);
    }

    private List<Long> activeAdministrators() {
        return new ArrayList<>(jdbc.queryForList("""
                select a.id from account a join account_role r on r.account_id = a.id and r.role = 'ADMIN'
                where a.status = 'ACTIVE'""", Long.class));
    }

    /** A fresh active account with this role and the password "x". */
    private long account(String name, Role role) {
        Long id = jdbc.queryForObject("""
                insert into account (email, display_name, password_hash, status, preferred_language, created_at,
                    confirmed_at) values (?, ?, '{noop}x', 'ACTIVE', 'en', now(), now()) returning id""", Long.class,
                uniqueEmail(name), name);
        jdbc.update("insert into account_role (account_id, role) values (?, ?)", id, role.name());
        return id;
    }

    private Authentication signIn(long accountId) {
        return Accounts.signIn(users, jdbc.queryForObject("select email from account where id = ?", String.class,
                accountId));
    }

    private static void as(Authentication signedIn) {
        SecurityContextHolder.getContext().setAuthentication(signedIn);
    }

    private List<String> roles(long accountId) {
        return jdbc.queryForList("select role from account_role where account_id = ?", String.class, accountId);
    }

    private String status(long accountId) {
        return jdbc.queryForObject("select status from account where id = ?", String.class, accountId);
    }
}
