package org.healthequity.exchange.shared.ui;

import org.healthequity.exchange.shared.db.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * A click or a change that failed because the database was briefly unreachable: the page stays as it is, with what the
 * person typed, and a notification says the action was not done and can be tried again in a moment. The next action
 * works as soon as the database is back, without reloading. Other failures go to Vaadin's default handling (logged).
 */
@Component
class OutageErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(OutageErrorHandler.class);

    private final transient ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (!DatabaseOutage.isCause(event.getThrowable())) {
            fallback.error(event);
            return;
        }
        log.warn("Database unreachable during a request: {}", DefaultErrorHandler.findRelevantThrowable(
                event.getThrowable()).toString());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification.show(ui.getTranslation("error.unavailable.action"))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }
}
