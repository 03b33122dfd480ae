package org.healthequity.exchange.shared.security;

import java.util.List;

import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.SessionRouteRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access checks of production get their list of routes built once per registry, and decide as Vaadin's own do.
 */
class ListedRoutesViewTest extends ViewTest {

    @Test
    void theListIsTheRegistrysOwnBuiltOnceUntilARouteChanges() {
        RouteRegistry registry = VaadinService.getCurrent().getRouter().getRegistry();
        List<RouteData> first = new ListedRoutes(registry).getRegisteredRoutes();

        assertThat(first).extracting(RouteData::getTemplate)
                .containsExactlyInAnyOrderElementsOf(registry.getRegisteredRoutes().stream()
                        .map(RouteData::getTemplate).toList());
        assertThat(new ListedRoutes(registry).getRegisteredRoutes()).isSameAs(first);

        registry.setRoute("listed-routes-probe", Div.class, List.of());
        try {
            assertThat(new ListedRoutes(registry).getRegisteredRoutes()).extracting(RouteData::getTemplate)
                    .contains("listed-routes-probe");
        } finally {
            registry.removeRoute("listed-routes-probe");
        }
        assertThat(new ListedRoutes(registry).getRegisteredRoutes()).extracting(RouteData::getTemplate)
                .doesNotContain("listed-routes-probe");
    }

    @Test
    void aSessionWithoutRoutesOfItsOwnSharesTheApplicationsList() {
        RouteRegistry application = VaadinService.getCurrent().getRouter().getRegistry();
        RouteRegistry session = SessionRouteRegistry.getSessionRegistry(VaadinSession.getCurrent());

        assertThat(new ListedRoutes(session).getRegisteredRoutes())
                .isSameAs(new ListedRoutes(application).getRegisteredRoutes());
    }

    @Test
    void productionChecksStillRefuseAMemberAStaffPageAndLetTheSecretariatIn() {
        NavigationAccessControl access = context.getBean(NavigationAccessControl.class);
        Class<? extends Component> staffPage = VaadinService.getCurrent().getRouter().getRegistry()
                .getNavigationTarget("admin/institutions").orElseThrow();

        login("member@example.org");
        assertThat(decide(access, staffPage)).isEqualTo(AccessCheckDecision.DENY);

        login("secretariat@example.org");
        assertThat(decide(access, staffPage)).isEqualTo(AccessCheckDecision.ALLOW);
    }

    private static AccessCheckDecision decide(NavigationAccessControl access, Class<? extends Component> page) {
        return access.checkAccess(access.createNavigationContext(page, "admin/institutions",
                VaadinService.getCurrent(), VaadinRequest.getCurrent()), true).decision();
    }
}
