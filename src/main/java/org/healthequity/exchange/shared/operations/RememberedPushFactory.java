package org.healthequity.exchange.shared.operations;

import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceLoader;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.PushConfiguration;
import com.vaadin.flow.server.BootstrapException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.JavaScriptBootstrapHandler;
import com.vaadin.flow.server.communication.PushConnectionFactory;

/**
 * Vaadin's bootstrap of a new UI with its push connection factory looked for once. Vaadin runs a {@link ServiceLoader}
 * for that factory on every new UI, which opens every jar of the class path (217 here) and finds none: about 3 % of
 * the portal's CPU per first view (profile in docs/performance.md). What the class path provides cannot change while
 * the portal runs, so this handler, asked before Vaadin's own (handlers added at service start come first), uses the
 * factory found at start, with Vaadin's rule that more than one is an error.
 * <p>
 * Vaadin's lookup of the development-mode handler on each first view (another class-path search, about 2 %) stays:
 * its answer in production is "none", which Vaadin's Spring lookup does not remember, and the lookup cannot be
 * replaced once Vaadin has set it.
 */
@Component
class RememberedPushFactory implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new Bootstrap(event.getSource()));
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
