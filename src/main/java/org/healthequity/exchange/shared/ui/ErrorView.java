package org.healthequity.exchange.shared.ui;

import java.util.UUID;

import org.healthequity.exchange.shared.db.DatabaseOutage;
import org.healthequity.exchange.shared.text.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An unexpected failure: a friendly page with an incident number the person can quote, the details only in the log.
 * When the database is briefly unreachable (a restart, a fail-over) the page says so instead and opens the address
 * again by itself a few seconds later, so it does not stay once the database is back.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception>, TitledPage {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    /** How long the "briefly unavailable" page waits before opening the address again. */
    static final int RETRY_AFTER_MS = 5000;

    private final H1 title = new H1();
    private final Paragraph text = new Paragraph();
    private final Paragraph incident = new Paragraph();
    private boolean unavailable;

    public ErrorView() {
        addClassName("error-view");
        title.setText(getTranslation("error.unexpected.title"));
        text.setText(getTranslation("error.unexpected.text"));
        add(title, text, incident, new Anchor("", getTranslation("error.home-link")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseOutage.isCause(parameter.getCaughtException())) {
            unavailable = true;
            log.warn("Database unreachable while opening /{}: {}", LogText.neutralise(event.getLocation().getPath()),
                    parameter.getCaughtException().toString());
            addClassName("service-unavailable");
            title.setText(getTranslation("error.unavailable.title"));
            text.setText(getTranslation("error.unavailable.text"));
            incident.setVisible(false);
            event.getUI().getPage().executeJs("setTimeout(function () { location.reload(); }, $0)", RETRY_AFTER_MS);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {} while opening /{}", id, LogText.neutralise(event.getLocation().getPath()),
                parameter.getCaughtException());
        incident.setText(getTranslation("error.unexpected.incident", id));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String pageHeading() {
        return getTranslation(unavailable ? "error.unavailable.title" : "error.unexpected.title");
    }
}
