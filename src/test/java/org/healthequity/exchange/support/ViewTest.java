package org.healthequity.exchange.support;

import java.security.Principal;
import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.ClassUtils;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;

import kotlin.jvm.functions.Function0;

/** Base of Karibu view tests: the real Spring context and services, a mocked browser, routes discovered once. */
public abstract class ViewTest extends IntegrationTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.healthequity.exchange");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected UserDetailsService users;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Signs the account in for the services and for Vaadin's view access checks. */
    protected ExchangeUser login(String email) {
        Authentication authentication = Accounts.signIn(users, email);
        ExchangeUser user = (ExchangeUser) authentication.getPrincipal();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((Principal principal, String role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role)));
        return user;
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((Principal principal, String role) -> false);
    }

    /** Opens an address as a person would type it, query string included. */
    protected static void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    /**
     * The components the server asks the browser to focus while {@code action} runs (a refused save moves the focus to
     * the first field it marks); what was asked before is forgotten first.
     */
    protected static List<Component> focusMovedBy(Runnable action) {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        ui.getInternals().dumpPendingJavaScriptInvocations();
        action.run();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(call -> call.getInvocation().getExpression().contains("focus()"))
                .map(call -> Element.get(call.getOwner()).getComponent().orElseThrow()).toList();
    }

    /** The view the router shows now (after forwards and reroutes). */
    protected static Class<? extends Component> currentView() {
        // Views with method-security annotations are Spring proxies: compare the class the developer wrote.
        return ClassUtils.getUserClass(
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass())
                .asSubclass(Component.class);
    }
}
