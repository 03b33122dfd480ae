package org.healthequity.exchange.shared.ui;

import java.util.UUID;

import org.healthequity.exchange.shared.text.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An unexpected failure: a friendly page with an incident number the person can quote, the details only in the log.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final Paragraph incident = new Paragraph();

    public ErrorView() {
        addClassName("error-view");
        add(new H1(getTranslation("error.unexpected.title")), new Paragraph(getTranslation("error.unexpected.text")),
                incident, new Anchor("", getTranslation("error.home-link")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {} while opening /{}", id, LogText.neutralise(event.getLocation().getPath()),
                parameter.getCaughtException());
        incident.setText(getTranslation("error.unexpected.incident", id));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.unexpected.title") + " · " + getTranslation("app.name");
    }
}
