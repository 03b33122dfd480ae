package org.healthequity.exchange.shared.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Every address no view claims. Without it, Spring Security refuses an unknown address before Vaadin's router can show
 * its 404 page (an empty 403 for signed-in people, the sign-in page for visitors). Shows the same page as
 * {@link NotFoundView}. Vaadin renders the first view in a follow-up request, so the page itself answers 200.
 */
@Route(":path*")
@AnonymousAllowed
@TitleKey("error.not-found.title")
public class UnknownAddressView extends Main implements TitledPage {

    public UnknownAddressView() {
        NotFoundView.fill(this);
    }
}
