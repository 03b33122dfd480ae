package org.healthequity.exchange.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** Shown to a signed-in person who opens a page their roles do not allow. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
@TitleKey("error.denied.title")
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException>, TitledPage {

    public AccessDeniedView() {
        addClassName("error-view");
        add(new H1(getTranslation("error.denied.title")), new Paragraph(getTranslation("error.denied.text")),
                new Anchor("", getTranslation("error.home-link")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
