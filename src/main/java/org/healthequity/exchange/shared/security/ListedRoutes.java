package org.healthequity.exchange.shared.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RoutesChangedListener;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.router.internal.RouteTarget;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.SessionRouteRegistry;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;

/**
 * A route registry whose list of routes is built once per registry until its routes change. Vaadin's view access
 * checker lists every registered route (building the list anew) to find the layouts of the one route it checks, and
 * it runs twice per first view (the page request and the navigation): about 3 % of the portal's CPU per first view.
 * The list is kept per registry (weakly) and dropped when the registry reports a change; a session's registry without
 * routes of its own shares the application's list. Everything else is the registry's own answer.
 */
final class ListedRoutes implements RouteRegistry {

    private static final Cache<RouteRegistry, List<RouteData>> LISTS = Caffeine.newBuilder().weakKeys().build();

    private final RouteRegistry registry;

    ListedRoutes(RouteRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<RouteData> getRegisteredRoutes() {
        return LISTS.get(listing(registry), listed -> {
            listed.addRoutesChangeListener(change -> LISTS.invalidate(listed));
            return List.copyOf(listed.getRegisteredRoutes());
        });
    }

    /**
     * The registry whose list this one's is: a session's registry without routes of its own lists the application's
     * routes (each visitor has a session registry of their own, so keeping its list would help no first view).
     */
    private static RouteRegistry listing(RouteRegistry registry) {
        VaadinService service = VaadinService.getCurrent();
        if (registry instanceof SessionRouteRegistry session && service != null
                && session.getConfiguration().getRoutes().isEmpty()) {
            return service.getRouter().getRegistry();
        }
        return registry;
    }

    @Override
    public void setRoute(String path, Class<? extends Component> navigationTarget,
            List<Class<? extends RouterLayout>> parentChain) {
        registry.setRoute(path, navigationTarget, parentChain);
    }

    @Override
    public void removeRoute(Class<? extends Component> navigationTarget) {
        registry.removeRoute(navigationTarget);
    }

    @Override
    public void removeRoute(String path) {
        registry.removeRoute(path);
    }

    @Override
    public void removeRoute(String path, Class<? extends Component> navigationTarget) {
        registry.removeRoute(path, navigationTarget);
    }

    @Override
    public List<RouteData> getRegisteredAccessibleMenuRoutes(VaadinRequest request,
            Collection<BeforeEnterListener> accessControls) {
        return registry.getRegisteredAccessibleMenuRoutes(request, accessControls);
    }

    @Override
    public @Nullable NavigationRouteTarget getNavigationRouteTarget(String url) {
        return registry.getNavigationRouteTarget(url);
    }

    @Override
    public @Nullable RouteTarget getRouteTarget(Class<? extends Component> target, RouteParameters parameters) {
        return registry.getRouteTarget(target, parameters);
    }

    @Override
    public Optional<Class<? extends Component>> getNavigationTarget(String url) {
        return registry.getNavigationTarget(url);
    }

    @Override
    public Optional<Class<? extends Component>> getNavigationTarget(String url, List<String> segments) {
        return registry.getNavigationTarget(url, segments);
    }

    @Override
    public Optional<String> getTargetUrl(Class<? extends Component> navigationTarget) {
        return registry.getTargetUrl(navigationTarget);
    }

    @Override
    public Optional<String> getTargetUrl(Class<? extends Component> navigationTarget, RouteParameters parameters) {
        return registry.getTargetUrl(navigationTarget, parameters);
    }

    @Override
    public Optional<String> getTemplate(Class<? extends Component> navigationTarget) {
        return registry.getTemplate(navigationTarget);
    }

    @Override
    public void update(Command command) {
        registry.update(command);
    }

    @Override
    public Registration addRoutesChangeListener(RoutesChangedListener listener) {
        return registry.addRoutesChangeListener(listener);
    }

    @Override
    public void clean() {
        registry.clean();
    }

    @Override
    public VaadinContext getContext() {
        return registry.getContext();
    }

    @Override
    public boolean hasMandatoryParameter(Class<? extends Component> navigationTarget) {
        return registry.hasMandatoryParameter(navigationTarget);
    }

    @Override
    public void setLayout(Class<? extends RouterLayout> layout) {
        registry.setLayout(layout);
    }

    @Override
    public @Nullable Class<? extends RouterLayout> getLayout(String path) {
        return registry.getLayout(path);
    }

    @Override
    public boolean hasLayout(String path) {
        return registry.hasLayout(path);
    }
}
