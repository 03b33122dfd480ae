package org.healthequity.exchange.shared.operations;

import java.util.Collection;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.PushConfiguration;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.BootstrapException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.communication.JavaScriptBootstrapHandler;
import com.vaadin.flow.server.communication.PushConnectionFactory;

/**
 * Answers once what Vaadin searches the class path for on every new UI. Its bootstrap runs a {@link ServiceLoader} for
 * a push connection factory, and asks its lookup for the development-mode handler, which in production is not there
 * either; each search opens every jar of the class path (217 here) and finds nothing. Together they were about 5-7 %
 * of the portal's CPU per first view (profile in docs/performance.md). What the class path provides cannot change
 * while the portal runs, so: the bootstrap handler, asked before Vaadin's own (handlers added at service start come
 * first), uses the push factory found at start, with Vaadin's rule that more than one is an error; and the lookup
 * remembers what it did not find ({@link RememberingAbsence}).
 */
@Component
class RememberedClassPathAnswers implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (event.getSource().getContext() instanceof VaadinServletContext context) {
            Lookup lookup = context.getAttribute(Lookup.class);
            if (lookup != null && !(lookup instanceof RememberingAbsence)) {
                // Vaadin refuses to set its lookup twice through the VaadinContext; the servlet context holds it.
                context.getContext().setAttribute(Lookup.class.getName(), new RememberingAbsence(lookup));
            }
        }
        event.addRequestHandler(new Bootstrap(event.getSource()));
    }

    /**
     * Vaadin's lookup, remembering which services the class path does not provide: asked again for one of those it
     * answers "none" at once. A service that exists is asked of Vaadin's lookup every time, as before, so its
     * instances are Vaadin's to keep or make anew.
     */
    static final class RememberingAbsence implements Lookup {

        private final Lookup lookup;
        private final Set<Class<?>> absent = ConcurrentHashMap.newKeySet();

        RememberingAbsence(Lookup lookup) {
            this.lookup = lookup;
        }

        @Override
        public <T> @Nullable T lookup(Class<T> serviceClass) {
            if (absent.contains(serviceClass)) {
                return null;
            }
            T found = lookup.lookup(serviceClass);
            if (found == null) {
                absent.add(serviceClass);
            }
            return found;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            return lookup.lookupAll(serviceClass);
        }
    }

    /** Vaadin's bootstrap of a new UI, with the push connection factory looked for once. */
    static final class Bootstrap extends JavaScriptBootstrapHandler {

        private final Optional<PushConnectionFactory> pushFactory;

        Bootstrap(VaadinService service) {
            Iterator<PushConnectionFactory> found = ServiceLoader
                    .load(PushConnectionFactory.class, service.getClassLoader()).iterator();
            this.pushFactory = found.hasNext() ? Optional.of(found.next()) : Optional.empty();
            if (found.hasNext()) {
                throw new BootstrapException(
                        "Multiple " + PushConnectionFactory.class.getName() + " implementations found");
            }
        }

        @Override
        protected void setupPushConnectionFactory(PushConfiguration pushConfiguration, BootstrapContext context) {
            pushFactory.ifPresent(pushConfiguration::setPushConnectionFactory);
        }
    }
}
