package org.healthequity.exchange.shared.security;

import org.healthequity.exchange.member.AccountService;
import org.healthequity.exchange.member.MemberAdministration;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.security.authorization.AuthorizationDeniedException;

import com.vaadin.flow.component.UI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Views carry {@code @RolesAllowed} for Vaadin's navigation access control, which decides who opens them; method
 * security wraps services only, so no page is built through a proxy, and a service still refuses the wrong caller.
 */
class ViewsOutsideMethodSecurityViewTest extends ViewTest {

    @Test
    void aStaffViewIsOpenedWithoutAMethodSecurityProxy() {
        login("secretariat@example.org");
        navigate("admin/institutions");
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("AdminInstitutionsView");
        assertThat(AopUtils.isAopProxy(UI.getCurrent().getCurrentView())).isFalse();
    }

    @Test
    void aServiceStillRefusesACallerWithoutTheRole() {
        assertThat(AopUtils.isAopProxy(context.getBean(AccountService.class))).isTrue();
        login("member@example.org");
        assertThatThrownBy(() -> context.getBean(MemberAdministration.class).addNote(1L, "a note"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
