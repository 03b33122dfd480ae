package org.healthequity.exchange.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where single sign-on leads someone the portal does not admit: the provider vouched for them, but no account has the
 * address it gave, or it did not say the address is verified. The networks admit people by invitation and the open
 * call, so the page says how to get either.
 */
@Route("login/unknown")
@AnonymousAllowed
@TitleKey("login.unknown.title")
public class SignInRefusedView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final Paragraph reason = new Paragraph();

    public SignInRefusedView() {
        addClassNames("login-view", "sign-in-refused");
        setAlignItems(Alignment.CENTER);
        reason.setText(getTranslation("login.unknown.unknown"));
        Anchor calls = new Anchor("calls", getTranslation("login.unknown.calls-link"));
        add(new H1(getTranslation("login.unknown.title")), reason,
                new Paragraph(getTranslation("login.unknown.invitation")),
                new Paragraph(getTranslation("login.unknown.open-call")), calls,
                new Paragraph(getTranslation("login.unknown.password")),
                new Anchor("login", getTranslation("login.unknown.back")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean unverified = event.getLocation().getQueryParameters().getParameters().containsKey("unverified");
        reason.setText(getTranslation(unverified ? "login.unknown.unverified" : "login.unknown.unknown"));
    }
}
