package org.healthequity.exchange.shared.security;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Method security reads the staff rule through the {@link StaffOnly} meta-annotation, as the portal enables it. */
class StaffOnlyTest {

    @Configuration
    @EnableMethodSecurity
    @Import(ServiceMethodSecurity.class)
    static class MethodSecurity {

        @Bean
        Desk desk() {
            return new Desk();
        }
    }

    static class Desk {

        @StaffOnly
        public String staffWork() {
            return "done";
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void memberIsRefusedAndTheStaffAreLetThroughByTheMetaAnnotation() {
        try (var context = new AnnotationConfigApplicationContext(MethodSecurity.class)) {
            Desk desk = context.getBean(Desk.class);

            signInAs(Role.MEMBER, Role.GROUP_LEAD, Role.STEERING_COMMITTEE);
            assertThatThrownBy(desk::staffWork).isInstanceOf(AccessDeniedException.class);

            signInAs(Role.SECRETARIAT);
            assertThat(desk.staffWork()).isEqualTo("done");

            signInAs(Role.ADMIN);
            assertThat(desk.staffWork()).isEqualTo("done");
        }
    }

    @Test
    void visitorIsRefusedAndACallWithNoOneSignedInIsRefusedAsBefore() {
        try (var context = new AnnotationConfigApplicationContext(MethodSecurity.class)) {
            Desk desk = context.getBean(Desk.class);
            assertThatThrownBy(desk::staffWork).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

            SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("visitor",
                    "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            assertThatThrownBy(desk::staffWork).isInstanceOf(AccessDeniedException.class);
        }
    }

    private static void signInAs(Role... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone@example.org", null, List.of(roles).stream().map(Role::authority).toList()));
    }
}
