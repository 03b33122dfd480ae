package org.healthequity.exchange.member.ui;

import org.healthequity.exchange.member.InvitationOutcome;
import org.healthequity.exchange.member.MemberAdministration;
import org.healthequity.exchange.shared.security.CurrentUser;

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
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;

/**
 * Accepting an invitation from its mailed link. Visitors are asked to sign in or register with the invited address
 * first; the invitation is taken only by that address, on a click (so mail scanners cannot use it up).
 */
@Route("invitations/accept")
@AnonymousAllowed
@TitleKey("invitation.title")
public class AcceptInvitationView extends Main implements BeforeEnterObserver, TitledPage {

    private final MemberAdministration administration;
    private String token = "";

    public AcceptInvitationView(MemberAdministration administration) {
        this.administration = administration;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        removeAll();
        add(new H1(getTranslation("invitation.title")));
        if (CurrentUser.get().isEmpty()) {
            add(new Paragraph(getTranslation("invitation.sign-in-first")),
                    new Anchor("login", getTranslation("layout.sign-in")),
                    new Anchor("register", getTranslation("layout.register")));
            return;
        }
        Button accept = new Button(getTranslation("invitation.accept"), e -> accept());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("invitation.intro")), accept);
    }

    private void accept() {
        InvitationOutcome outcome = token.isBlank() ? InvitationOutcome.INVALID : administration.accept(token);
        removeAll();
        add(new H1(getTranslation("invitation.title")));
        switch (outcome) {
            case ACCEPTED -> add(new Paragraph(getTranslation("invitation.accepted")),
                    new Anchor("my/profile", getTranslation("invitation.complete-profile")));
            case EXPIRED -> add(new Paragraph(getTranslation("invitation.expired")));
            case INVALID -> add(new Paragraph(getTranslation("invitation.invalid")));
            case OTHER_ADDRESS -> add(new Paragraph(getTranslation("invitation.other-address")));
        }
    }
}
