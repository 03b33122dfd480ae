package org.healthequity.exchange.newsletter.ui;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.newsletter.Unsubscriptions;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a newsletter's unsubscribe link leads: it names the network and unsubscribes only when the person presses the
 * button (opening a link, as mail scanners do, changes nothing). No sign-in: the signed token is the key. Mail
 * programs' one-click POST to the same address is answered before this page (ADR 0027).
 */
@Route("newsletters/unsubscribe")
@AnonymousAllowed
@TitleKey("newsletter.unsubscribe.title")
public class UnsubscribeView extends Main implements BeforeEnterObserver, TitledPage {

    private final Unsubscriptions unsubscriptions;

    public UnsubscribeView(Unsubscriptions unsubscriptions) {
        this.unsubscriptions = unsubscriptions;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("newsletter.unsubscribe.title")));
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        Network network;
        try {
            network = unsubscriptions.network(token);
        } catch (Refused invalid) {
            add(new Paragraph(getTranslation("newsletter.unsubscribe.invalid")));
            return;
        }
        Paragraph question = new Paragraph(getTranslation("newsletter.unsubscribe.question",
                getTranslation(network.messageKey())));
        Button confirm = new Button(getTranslation("newsletter.unsubscribe.button"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            try {
                unsubscriptions.unsubscribe(token);
                removeAll();
                add(new H1(getTranslation("newsletter.unsubscribe.title")),
                        new Paragraph(getTranslation("newsletter.unsubscribe.done", getTranslation(network.messageKey()))),
                        new Anchor("account", getTranslation("newsletter.unsubscribe.account")));
            } catch (Refused invalid) {
                add(new Paragraph(getTranslation("newsletter.unsubscribe.invalid")));
            }
        });
        add(question, confirm);
    }
}
