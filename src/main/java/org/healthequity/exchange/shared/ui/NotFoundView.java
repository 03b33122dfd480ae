package org.healthequity.exchange.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** A plain 404 that never lists the portal's routes. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
@TitleKey("error.not-found.title")
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, TitledPage {

    public NotFoundView() {
        fill(this);
    }

    static void fill(Main page) {
        page.addClassName("error-view");
        page.add(new H1(page.getTranslation("error.not-found.title")),
                new Paragraph(page.getTranslation("error.not-found.text")),
                new Anchor("", page.getTranslation("error.home-link")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
