package org.healthequity.exchange.shared.security;

import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

/**
 * Vaadin's navigation access control (the views' access annotations), with the role check of an ordinary request
 * answered by the request itself, as Vaadin's does, but without asking Vaadin's {@code Lookup} for the role prefix on
 * every navigation: Vaadin's Spring lookup also runs a {@link java.util.ServiceLoader}, which searches every jar of the
 * class path on each call (about 1-3 % of the CPU of a first view, docs/performance.md). The prefix holder is the same
 * Spring bean that lookup returns. A websocket push request (no servlet request to ask) keeps Vaadin's own path.
 */
class NavigationAccess extends SpringNavigationAccessControl {

    private final VaadinRolePrefixHolder rolePrefix;

    NavigationAccess(List<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver,
            VaadinRolePrefixHolder rolePrefix) {
        super(checkers, resolver);
        this.rolePrefix = rolePrefix;
    }

    /**
     * Vaadin's checks, given a router whose list of routes is built once ({@link ListedRoutes}) in production, where
     * routes do not change; the same target, place, person and roles.
     */
    @Override
    public AccessCheckResult checkAccess(NavigationContext context, boolean productionMode) {
        if (!productionMode || context.getRouter() == null) {
            return super.checkAccess(context, productionMode);
        }
        Router router = new Router(new ListedRoutes(context.getRouter().getRegistry()));
        NavigationContext listed = new NavigationContext(router, context.getNavigationTarget(), context.getLocation(),
                context.getParameters(), context.getPrincipal(), context::hasRole, context.isErrorHandling(),
                context.isNavigating());
        return super.checkAccess(listed, productionMode);
    }

    @Override
    protected Predicate<String> getRolesChecker(@Nullable VaadinRequest request) {
        if (request == null || websocketPush(request)) {
            return super.getRolesChecker(request);
        }
        if (!rolePrefix.isSet()) {
            rolePrefix.resetRolePrefix(request);
        }
        return request::isUserInRole;
    }

    private static boolean websocketPush(VaadinRequest request) {
        return HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)
                && "websocket".equals(request.getHeader("X-Atmosphere-Transport"));
    }
}
