package org.healthequity.exchange.shared.operations;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Vaadin as the operator sees it: open sessions and UIs (gauges), and the server time of each navigation by route
 * template ({@code case-studies/:id}, never the address itself, so that ids and query strings do not multiply the
 * series).
 */
@Component
class VaadinMetrics implements VaadinServiceInitListener {

    static final String NAVIGATION = "exchange.view.navigation";

    /** The navigation in progress on this request thread: Vaadin runs before-enter and after-navigation on one. */
    private static final ThreadLocal<@Nullable Started> IN_PROGRESS = new ThreadLocal<>();

    private record Started(String route, long nanos) {
    }

    private final MeterRegistry registry;
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("exchange.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Open Vaadin sessions on this node").register(registry);
        Gauge.builder("exchange.vaadin.uis", uis, AtomicInteger::get)
                .description("Open Vaadin UIs (browser tabs) on this node").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            uis.incrementAndGet();
            ui.addDetachListener(detach -> uis.decrementAndGet());
            ui.addBeforeEnterListener(this::started);
            ui.addAfterNavigationListener(after -> finished());
        });
    }

    private void started(BeforeEnterEvent event) {
        IN_PROGRESS.set(new Started(routeOf(event.getNavigationTarget()), System.nanoTime()));
    }

    private void finished() {
        Started started = IN_PROGRESS.get();
        IN_PROGRESS.remove();
        if (started != null) {
            Timer.builder(NAVIGATION).description("Server time to build a view, by route template")
                    .tag("route", started.route()).register(registry)
                    .record(System.nanoTime() - started.nanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** The route template of a view, else (error views have none) its class name: a small, fixed set either way. */
    static String routeOf(Class<?> target) {
        try {
            @SuppressWarnings("unchecked")
            var view = (Class<? extends com.vaadin.flow.component.Component>) target;
            return RouteConfiguration.forApplicationScope().getTemplate(view).map(t -> "/" + t)
                    .orElse(target.getSimpleName());
        } catch (RuntimeException e) {
            return target.getSimpleName();
        }
    }
}
